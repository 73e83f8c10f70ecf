package dev.caresheet.render.text.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UProperty;
import org.junit.jupiter.api.Test;

/** The shortcuts {@link Columns} takes agree with ICU's data for every code point. */
class ColumnsTableTest {

  @Test
  void theRegionalIndicatorAndSkinToneRangesAreICUs() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      boolean ri = cp >= 0x1F1E6 && cp <= 0x1F1FF;
      boolean modifier = cp >= 0x1F3FB && cp <= 0x1F3FF;
      if (ri != UCharacter.hasBinaryProperty(cp, UProperty.REGIONAL_INDICATOR)
          || modifier != UCharacter.hasBinaryProperty(cp, UProperty.EMOJI_MODIFIER)) {
        throw new AssertionError(String.format("U+%04X", cp));
      }
    }
  }

  @Test
  void theTableHoldsWhatTheFlagsAreComputedFrom() {
    // Every entry, computed page by page on first use, against a fresh computation.
    for (int cp = 0; cp < 0x30000; cp++) {
      int expected = Columns.flags(cp);
      if (cp <= 0xFFFF) {
        assertThat(Columns.flags((char) cp)).isEqualTo(expected);
      }
      assertThat(expected & Columns.WIDTH).isLessThanOrEqualTo(2);
    }
    assertThat(Columns.flags('a')).isEqualTo(1);
    assertThat(Columns.flags(' ')).isEqualTo(Columns.SPACE | 1);
    assertThat(Columns.flags('\n')).isEqualTo(Columns.NEWLINE);
    assertThat(Columns.flags('\u0301') & (Columns.WIDTH | Columns.COMPLEX))
        .isEqualTo(Columns.COMPLEX);
    assertThat(Columns.flags('\u6F22')).isEqualTo(Columns.IDEOGRAPHIC | 2);
    assertThat(Columns.flags(0x1F600)).isEqualTo(Columns.IDEOGRAPHIC | Columns.COMPLEX | 2);
  }
}

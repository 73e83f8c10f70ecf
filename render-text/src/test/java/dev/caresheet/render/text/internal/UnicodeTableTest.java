package dev.caresheet.render.text.internal;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import com.ibm.icu.lang.UCharacter;
import com.ibm.icu.lang.UCharacter.EastAsianWidth;
import com.ibm.icu.lang.UCharacter.GraphemeClusterBreak;
import com.ibm.icu.lang.UCharacter.LineBreak;
import com.ibm.icu.lang.UCharacterCategory;
import com.ibm.icu.lang.UProperty;
import com.ibm.icu.text.BreakIterator;
import com.ibm.icu.util.ULocale;
import com.ibm.icu.util.VersionInfo;
import dev.caresheet.testing.Generators;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;
import org.quicktheories.generators.SourceDSL;

/**
 * The generator of {@link UnicodeTable}'s resource, and the checks that the renderer's Unicode data
 * and grapheme clusters are ICU4J's.
 *
 * <p>ICU4J is a test dependency only. The first test regenerates the resource from it and fails if
 * the committed one differs; {@code -Dcaresheet.regenerate=true} writes the new one instead (after
 * an ICU4J upgrade: {@code mvn -pl render-text -am test -Dtest=UnicodeTableTest
 * -Dsurefire.failIfNoSpecifiedTests=false -Dcaresheet.regenerate=true}).
 */
class UnicodeTableTest {

  private static final Path SOURCE =
      Path.of("src/main/resources/dev/caresheet/render/text/internal", UnicodeTable.RESOURCE);

  @Test
  void theResourceIsWhatTheBuildsICUGives() throws IOException {
    String generated = generate();
    if (Boolean.getBoolean("caresheet.regenerate")) {
      Files.writeString(SOURCE, generated, StandardCharsets.US_ASCII);
    }
    String shipped;
    try (InputStream in = UnicodeTable.class.getResourceAsStream(UnicodeTable.RESOURCE)) {
      assertThat(in).as(UnicodeTable.RESOURCE).isNotNull();
      shipped = new String(in.readAllBytes(), StandardCharsets.US_ASCII);
    }
    assertThat(shipped)
        .as("%s is stale: run this test with -Dcaresheet.regenerate=true", UnicodeTable.RESOURCE)
        .isEqualTo(generated);
  }

  @Test
  void everyCodePointHasICUsProperties() {
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      if (UnicodeTable.value(cp) != value(cp)) {
        throw new AssertionError(
            String.format("U+%04X: %x, ICU %x", cp, UnicodeTable.value(cp), value(cp)));
      }
      if (cp <= 0xFFFF && UnicodeTable.value((char) cp) != UnicodeTable.value(cp)) {
        throw new AssertionError(String.format("U+%04X as a char", cp));
      }
    }
  }

  @Test
  void clustersAreICUsForEverySequenceOfUpToFourClasses() {
    // One code point of each combination of the properties the rules read, in every sequence of
    // one to four: every rule of UAX #29 but the long runs of GB9c, GB11 and GB12, which the
    // property below covers.
    int[] classes = representatives(1);
    BreakIterator icu = BreakIterator.getCharacterInstance(ULocale.ROOT);
    StringBuilder text = new StringBuilder();
    int n = classes.length;
    for (int length = 1; length <= 4; length++) {
      int[] digits = new int[length];
      for (long k = 0, total = (long) Math.pow(n, length); k < total; k++) {
        long rest = k;
        text.setLength(0);
        for (int d = 0; d < length; d++) {
          digits[d] = (int) (rest % n);
          rest /= n;
          text.appendCodePoint(classes[digits[d]]);
        }
        assertSameClusters(icu, text.toString());
      }
    }
  }

  @Test
  void clustersAreICUsOnLongRunsOfJoiningCharacters() {
    int[] classes = representatives(3);
    Gen<String> texts =
        SourceDSL.lists()
            .of(SourceDSL.integers().between(0, classes.length - 1))
            .ofSizeBetween(1, 24)
            .map(
                indices -> {
                  StringBuilder sb = new StringBuilder();
                  indices.forEach(i -> sb.appendCodePoint(classes[i]));
                  return sb.toString();
                });
    BreakIterator icu = BreakIterator.getCharacterInstance(ULocale.ROOT);
    qt().withExamples(Generators.examples())
        .forAll(texts)
        .checkAssert(t -> assertSameClusters(icu, t));
  }

  private static void assertSameClusters(BreakIterator icu, String text) {
    icu.setText(text);
    List<Integer> expected = new ArrayList<>();
    for (int end = icu.next(); end != BreakIterator.DONE; end = icu.next()) {
      expected.add(end);
    }
    List<Integer> actual = new ArrayList<>();
    for (int start = 0; start < text.length(); ) {
      start = Graphemes.next(text, start, text.length());
      actual.add(start);
    }
    if (!actual.equals(expected)) {
      StringBuilder codes = new StringBuilder();
      text.codePoints().forEach(cp -> codes.append(String.format(" U+%04X", cp)));
      throw new AssertionError("clusters of" + codes + ": " + actual + ", ICU " + expected);
    }
  }

  /**
   * Up to {@code perClass} code points of each combination of Grapheme_Cluster_Break,
   * Extended_Pictographic and Indic_Conjunct_Break, the first ones and the last of each, with a
   * lone high and a lone low surrogate.
   */
  private static int[] representatives(int perClass) {
    Map<Integer, List<Integer>> byClass = new LinkedHashMap<>();
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      int key = value(cp) & ~UnicodeTable.FLAGS & ~UnicodeTable.EMOJI;
      List<Integer> list = byClass.computeIfAbsent(key, k -> new ArrayList<>());
      if (list.size() < perClass) {
        list.add(cp);
      } else {
        list.set(perClass - 1, cp);
      }
    }
    List<Integer> all = new ArrayList<>();
    byClass.values().forEach(all::addAll);
    return all.stream().mapToInt(Integer::intValue).toArray();
  }

  /** The resource: a header, then a line per run of code points with the same value. */
  static String generate() {
    StringBuilder out = new StringBuilder();
    out.append(
            "# The Unicode properties of the text renderer (see UnicodeTable.java), generated by\n")
        .append("# UnicodeTableTest from ICU4J ")
        .append(VersionInfo.ICU_VERSION)
        .append(" (Unicode ")
        .append(UCharacter.getUnicodeVersion())
        .append(").\n# Do not edit: run that test with -Dcaresheet.regenerate=true.\n")
        .append("# Each line: the first code point of a run, and the value of its code points.\n");
    int previous = -1;
    for (int cp = 0; cp <= Character.MAX_CODE_POINT; cp++) {
      int v = value(cp);
      if (v != previous) {
        out.append(Integer.toHexString(cp)).append(' ').append(Integer.toHexString(v)).append('\n');
        previous = v;
      }
    }
    return out.toString();
  }

  /** The value of a code point in {@link UnicodeTable}, from ICU. */
  static int value(int cp) {
    int value = flags(cp);
    value |=
        gcb(UCharacter.getIntPropertyValue(cp, UProperty.GRAPHEME_CLUSTER_BREAK))
            << UnicodeTable.GCB_SHIFT;
    if (UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)) {
      value |= UnicodeTable.EXTENDED_PICTOGRAPHIC;
    }
    if (UCharacter.hasBinaryProperty(cp, UProperty.EMOJI)
        || UCharacter.hasBinaryProperty(cp, UProperty.EXTENDED_PICTOGRAPHIC)) {
      value |= UnicodeTable.EMOJI;
    }
    value |=
        incb(UCharacter.getIntPropertyValue(cp, UProperty.INDIC_CONJUNCT_BREAK))
            << UnicodeTable.INCB_SHIFT;
    return value;
  }

  private static int gcb(int icu) {
    switch (icu) {
      case GraphemeClusterBreak.OTHER:
        return UnicodeTable.GCB_OTHER;
      case GraphemeClusterBreak.CR:
        return UnicodeTable.GCB_CR;
      case GraphemeClusterBreak.LF:
        return UnicodeTable.GCB_LF;
      case GraphemeClusterBreak.CONTROL:
        return UnicodeTable.GCB_CONTROL;
      case GraphemeClusterBreak.EXTEND:
        return UnicodeTable.GCB_EXTEND;
      case GraphemeClusterBreak.ZWJ:
        return UnicodeTable.GCB_ZWJ;
      case GraphemeClusterBreak.REGIONAL_INDICATOR:
        return UnicodeTable.GCB_REGIONAL_INDICATOR;
      case GraphemeClusterBreak.PREPEND:
        return UnicodeTable.GCB_PREPEND;
      case GraphemeClusterBreak.SPACING_MARK:
        return UnicodeTable.GCB_SPACING_MARK;
      case GraphemeClusterBreak.L:
        return UnicodeTable.GCB_L;
      case GraphemeClusterBreak.V:
        return UnicodeTable.GCB_V;
      case GraphemeClusterBreak.T:
        return UnicodeTable.GCB_T;
      case GraphemeClusterBreak.LV:
        return UnicodeTable.GCB_LV;
      case GraphemeClusterBreak.LVT:
        return UnicodeTable.GCB_LVT;
      default:
        // E_Base, E_Modifier, Glue_After_Zwj and E_Base_GAZ left UAX #29 in Unicode 11.
        throw new IllegalStateException("Grapheme_Cluster_Break " + icu + " is not handled");
    }
  }

  private static int incb(int icu) {
    switch (icu) {
      case 0:
        return UnicodeTable.INCB_NONE;
      case 1:
        return UnicodeTable.INCB_CONSONANT;
      case 2:
        return UnicodeTable.INCB_EXTEND;
      case 3:
        return UnicodeTable.INCB_LINKER;
      default:
        throw new IllegalStateException("Indic_Conjunct_Break " + icu + " is not handled");
    }
  }

  /** The {@link Columns} flags of a code point. */
  private static int flags(int cp) {
    switch (cp) {
      case '\n':
      case '\r':
      case 0x0B:
      case 0x0C:
      case 0x85:
      case 0x2028:
      case 0x2029:
        return Columns.NEWLINE;
      case '\t':
      case ' ':
      case 0x1680:
      case 0x205F:
        return Columns.SPACE | 1;
      case 0x3000:
        return Columns.SPACE
            | 2; // ideographic space: wide, though the wrapper writes one space for it
      case 0x200B:
        return Columns.BREAK_AFTER;
      default:
        break;
    }
    if (cp >= 0x2000 && cp <= 0x200A && cp != 0x2007) {
      return Columns.SPACE | 1; // en quad .. hair space; figure space U+2007 does not break
    }
    int type = UCharacter.getType(cp);
    if (type == UCharacterCategory.CONTROL) {
      return Columns.REPLACE | 1;
    }
    if (type == UCharacterCategory.SURROGATE) {
      return Columns.REPLACE | Columns.COMPLEX | 1;
    }
    int flags = codePointWidth(cp, type);
    int gcb = UCharacter.getIntPropertyValue(cp, UProperty.GRAPHEME_CLUSTER_BREAK);
    switch (gcb) {
      case GraphemeClusterBreak.EXTEND:
      case GraphemeClusterBreak.ZWJ:
      case GraphemeClusterBreak.SPACING_MARK:
      case GraphemeClusterBreak.PREPEND:
      case GraphemeClusterBreak.L:
      case GraphemeClusterBreak.V:
      case GraphemeClusterBreak.T:
      case GraphemeClusterBreak.REGIONAL_INDICATOR:
      case GraphemeClusterBreak.E_BASE:
      case GraphemeClusterBreak.E_MODIFIER:
      case GraphemeClusterBreak.E_BASE_GAZ:
      case GraphemeClusterBreak.GLUE_AFTER_ZWJ:
        flags |= Columns.COMPLEX;
        break;
      default:
        break;
    }
    if (cp > 0xFFFF) {
      flags |= Columns.COMPLEX; // a surrogate pair: always through the grapheme rules
    }
    int lb = UCharacter.getIntPropertyValue(cp, UProperty.LINE_BREAK);
    if (lb == LineBreak.IDEOGRAPHIC
        || lb == LineBreak.E_BASE
        || lb == LineBreak.E_MODIFIER
        || lb == LineBreak.REGIONAL_INDICATOR) {
      flags |= Columns.IDEOGRAPHIC;
    }
    return flags;
  }

  /** The columns of one code point on its own, in the {@code wcwidth} tradition. */
  private static int codePointWidth(int cp, int type) {
    if (type == UCharacterCategory.NON_SPACING_MARK || type == UCharacterCategory.ENCLOSING_MARK) {
      return 0;
    }
    int gcb = UCharacter.getIntPropertyValue(cp, UProperty.GRAPHEME_CLUSTER_BREAK);
    if (type == UCharacterCategory.FORMAT) {
      // Soft hyphen and the prepended concatenation marks (U+0600..U+0605) are visible.
      return cp == 0xAD || gcb == GraphemeClusterBreak.PREPEND ? 1 : 0;
    }
    if (gcb == GraphemeClusterBreak.V || gcb == GraphemeClusterBreak.T) {
      return 0; // Hangul jungseong and jongseong join the leading consonant's two columns
    }
    int eaw = UCharacter.getIntPropertyValue(cp, UProperty.EAST_ASIAN_WIDTH);
    return eaw == EastAsianWidth.WIDE || eaw == EastAsianWidth.FULLWIDTH ? 2 : 1;
  }
}

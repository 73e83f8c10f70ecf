package dev.caresheet.schema.internal;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import tools.jackson.databind.node.JsonNodeFactory;
import tools.jackson.databind.node.ObjectNode;

class SourceMapTest {

  @Test
  void linesEndAtLfCrlfAndCrButNotAtUnicodeSeparators() {
    SourceMap map = new SourceMap("a\nb\r\nc\rd\u2028e", false);
    assertThat(map.at(0)).isEqualTo(new Position(1, 1));
    assertThat(map.at(2)).isEqualTo(new Position(2, 1));
    assertThat(map.at(3)).isEqualTo(new Position(2, 2));
    assertThat(map.at(5)).isEqualTo(new Position(3, 1));
    assertThat(map.at(7)).isEqualTo(new Position(4, 1));
    assertThat(map.at(9)).isEqualTo(new Position(4, 3));
    assertThat(map.at(99)).isEqualTo(new Position(4, 4));
  }

  @Test
  void codePointOffsetsBecomeUtf16Columns() {
    SourceMap map = new SourceMap("a: 😀😀 x\nb: 1", true);
    assertThat(map.atRaw(6)).isEqualTo(new Position(1, 9));
    assertThat(map.atRaw(8)).isEqualTo(new Position(2, 1));
    assertThat(map.atRaw(3)).isEqualTo(new Position(1, 4));
    assertThat(new SourceMap("😀 x", false).atRaw(3)).isEqualTo(new Position(1, 4));
    assertThat(map.atLineAndCodePointColumn(1, 6)).isEqualTo(new Position(1, 8));
  }

  @Test
  void pointersToNothingFallBackToTheirNearestAncestor() {
    JsonNodeFactory f = JsonNodeFactory.instance;
    ObjectNode root = f.objectNode();
    ObjectNode causes = f.objectNode();
    root.set("a~/b", causes);
    SourceMap map = new SourceMap("0123456789\n0123456789", false);
    map.root(root, 0);
    map.key(root, "a~/b", 2);
    map.value(root, "a~/b", 5);
    assertThat(map.valueAt("")).isEqualTo(new Position(1, 1));
    assertThat(map.valueAt("/a~0~1b")).isEqualTo(new Position(1, 6));
    assertThat(map.keyAt("/a~0~1b")).isEqualTo(new Position(1, 3));
    assertThat(map.valueAt("/a~0~1b/missing/3")).isEqualTo(new Position(1, 6));
    assertThat(map.valueAt("/nothing")).isEqualTo(new Position(1, 1));
  }
}

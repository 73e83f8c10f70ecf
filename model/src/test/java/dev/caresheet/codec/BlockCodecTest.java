package dev.caresheet.codec;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.caresheet.model.Block;
import dev.caresheet.model.BulletList;
import dev.caresheet.model.Condition;
import dev.caresheet.model.Figure;
import dev.caresheet.model.License;
import dev.caresheet.model.NumberedList;
import dev.caresheet.model.Paragraph;
import dev.caresheet.model.Section;
import dev.caresheet.model.Subheading;
import dev.caresheet.model.Table;
import java.util.List;
import org.junit.jupiter.api.Test;

class BlockCodecTest {

  private final ConditionCodec codec = ConditionCodec.defaults();

  private static final String EVERY_KIND =
      """
      {
        "id": "leg-cramps",
        "language": "en",
        "name": "Leg cramps",
        "description": [
          "A *plain* paragraph.",
          {
            "list": [
              "one",
              "two"
            ]
          },
          {
            "numbered": [
              "first"
            ]
          },
          {
            "subheading": "Vena cava *filter*"
          },
          {
            "table": {
              "caption": "Doses",
              "header": [
                "Age",
                "Dose"
              ],
              "rows": [
                [
                  "Adult",
                  "**2** tablets"
                ]
              ]
            }
          },
          {
            "figure": {
              "src": "images/calf.png",
              "alt": "A calf stretch",
              "caption": "Stretch *gently*",
              "credit": "Photo: A. Person",
              "license": {
                "name": "CC BY 4.0",
                "url": "https://creativecommons.org/licenses/by/4.0/"
              }
            }
          },
          {
            "figure": {
              "src": "https://example.org/line.png",
              "decorative": true
            }
          }
        ]
      }
      """;

  @Test
  void everyBlockKindReadsAndWritesBackByteExact() {
    Condition c = codec.read(EVERY_KIND, Format.JSON, "doc.json");
    assertThat(c.description())
        .extracting(Block::kind)
        .containsExactly(
            Block.Kind.PARAGRAPH,
            Block.Kind.BULLET_LIST,
            Block.Kind.NUMBERED_LIST,
            Block.Kind.SUBHEADING,
            Block.Kind.TABLE,
            Block.Kind.FIGURE,
            Block.Kind.FIGURE);
    assertThat(c.description().get(0)).isEqualTo(Paragraph.of("A *plain* paragraph."));
    assertThat(c.description().get(1)).isEqualTo(BulletList.of(List.of("one", "two")));
    assertThat(c.description().get(2)).isEqualTo(NumberedList.of(List.of("first")));
    assertThat(c.description().get(3)).isEqualTo(Subheading.of("Vena cava *filter*"));
    assertThat(c.description().get(4))
        .isEqualTo(
            Table.builder()
                .caption("Doses")
                .header(List.of("Age", "Dose"))
                .addRow(List.of("Adult", "**2** tablets"))
                .build());
    Figure figure = (Figure) c.description().get(5);
    assertThat(figure.license())
        .contains(License.of("CC BY 4.0", "https://creativecommons.org/licenses/by/4.0/"));
    assertThat(((Figure) c.description().get(6)).decorative()).isTrue();
    assertThat(codec.write(c, Format.JSON)).isEqualTo(EVERY_KIND);
    String yaml = codec.write(c, Format.YAML);
    assertThat(codec.write(codec.read(yaml, Format.YAML, "doc.yaml"), Format.YAML)).isEqualTo(yaml);
    assertThat(codec.read(yaml, Format.YAML, "doc.yaml")).isEqualTo(c);
    assertThat(yaml)
        .contains(
            """
          - list:
              - one
              - two
        """);
  }

  @Test
  void aBlockOfAnUnknownKindIsALocatedErrorNamingTheKinds() {
    ContentException e =
        read(
            "{\"id\": \"a\", \"language\": \"en\", \"name\": \"A\",\n"
                + " \"description\": [\"ok\", {\"lsit\": [\"x\"]}]}");
    assertThat(e.getMessage()).contains("unknown block \"lsit\"").contains("list, numbered");
    assertThat(e.pointer()).isEqualTo("/description/1");
    assertThat(e.line()).isEqualTo(2);
  }

  @Test
  void aBlockWithTwoKeysIsAnError() {
    assertThat(
            read("{\"id\": \"a\", \"language\": \"en\", \"name\": \"A\","
                    + " \"description\": [{\"list\": [\"x\"], \"numbered\": [\"y\"]}]}")
                .getMessage())
        .contains("exactly one key");
  }

  @Test
  void aBadValueInsideABlockIsReportedAtItsPointer() {
    ContentException e =
        read(
            "{\"id\": \"a\", \"language\": \"en\", \"name\": \"A\","
                + " \"description\": [{\"table\": {\"header\": [\"h\"], \"rows\": [[\"c\"]], \"x\": 1}}]}");
    assertThat(e.getMessage()).contains("unknown property \"x\"");
    assertThat(e.pointer()).startsWith("/description/0/table");
  }

  @Test
  void aFigureHasAnAltOrIsDecorativeNeverBothNorNeither() {
    assertThat(
            read("{\"id\": \"a\", \"language\": \"en\", \"name\": \"A\","
                    + " \"description\": [{\"figure\": {\"src\": \"a.png\"}}]}")
                .getMessage())
        .contains("must have an alt");
    assertThat(
            read("{\"id\": \"a\", \"language\": \"en\", \"name\": \"A\", \"description\":"
                    + " [{\"figure\": {\"src\": \"a.png\", \"alt\": \"x\", \"decorative\": true}}]}")
                .getMessage())
        .contains("both alt and decorative");
    assertThatThrownBy(() -> Figure.builder().src("a.png").build())
        .hasMessageContaining("must have an alt");
  }

  @Test
  void anEmptyListIsRefused() {
    assertThat(
            read("{\"id\": \"a\", \"language\": \"en\", \"name\": \"A\","
                    + " \"description\": [{\"list\": []}]}")
                .getMessage())
        .contains("at least one");
  }

  @Test
  void figureSourcesAreLocalPathsOrHttpsUrlsAndNothingElse() {
    for (String local : List.of("a.png", "images/calf.png", "../shared/x.jpg", "Ñandú/😀.webp")) {
      assertThat(Figure.source(local)).as(local).isEqualTo(Figure.Source.LOCAL);
    }
    for (String remote : List.of("https://example.org/a.png", "https://пример.рф/x.webp?a=1")) {
      assertThat(Figure.source(remote)).as(remote).isEqualTo(Figure.Source.REMOTE);
    }
    for (String refused :
        List.of(
            "javascript:alert(1)",
            "JavaScript:alert(1)",
            " javascript:x",
            "data:image/svg+xml;base64,PHN2Zz4=",
            "vbscript:msgbox(1)",
            "http://example.org/a.png",
            "HTTPS://example.org/a.png",
            "/etc/passwd",
            "//evil.example/a.png",
            "a//b.png",
            "javascript&#58;alert(1)",
            "javascript%3Aalert(1)",
            "a b.png",
            "a\\b.png",
            "a.png?x",
            "a.png#x",
            "https://",
            "file:///etc/passwd",
            "c:/x.png",
            "a\".png",
            "a<b.png")) {
      assertThat(Figure.source(refused)).as(refused).isEqualTo(Figure.Source.REFUSED);
    }
  }

  @Test
  void buildersTakePlainTextParagraphs() {
    Section s =
        Section.builder()
            .id("more")
            .title("More")
            .addBody("one", "two")
            .addBody(Block.list("x"))
            .build();
    assertThat(s.body())
        .containsExactly(Paragraph.of("one"), Paragraph.of("two"), BulletList.of(List.of("x")));
    assertThat(dev.caresheet.model.Causes.builder().addIntro("Not known.").build().intro())
        .containsExactly(Block.paragraph("Not known."));
    assertThat(
            Condition.builder()
                .id("a")
                .language("en")
                .name("A")
                .addDescription("d")
                .build()
                .description())
        .containsExactly(Block.paragraph("d"));
  }

  private ContentException read(String json) {
    try {
      codec.read(json, Format.JSON, "doc.json");
    } catch (ContentException e) {
      return e;
    }
    throw new AssertionError("expected a ContentException");
  }
}

package dev.caresheet.cli;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/**
 * The content of the site tests: three of the examples (which relate to one another) and the image
 * of leg cramps' figure, copied into a folder a test may edit.
 */
final class ExampleSite {
  private ExampleSite() {}

  private static final Path EXAMPLES = Path.of("../examples/content");

  /** {@return {@code content}, created, holding a copy of the three documents and the image} */
  static Path copyTo(Path content) throws IOException {
    Files.createDirectories(content.resolve("images"));
    for (String name : new String[] {"leg-cramps.json", "migraine.json", "anorexia-nervosa.json"}) {
      Files.copy(EXAMPLES.resolve(name), content.resolve(name));
    }
    Files.copy(
        EXAMPLES.resolve("images/calf-stretch.png"), content.resolve("images/calf-stretch.png"));
    return content;
  }
}

package dev.caresheet.cli;

import static org.assertj.core.api.Assertions.assertThat;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.codec.Format;
import dev.caresheet.model.Condition;
import dev.caresheet.testing.Generators;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Beyond {@code ValidateCommandTest}'s 2,000 files with one broken: many files broken in many ways
 * across nested directories give the same report — text and JSON — on 1, 2, 8 and 32 threads, and
 * the problems come in a deterministic order: by file path, then line, then column.
 */
class ValidateOrderTest {

  @TempDir Path dir;

  @Test
  void manyBrokenFilesReportTheSameInTheSameOrderOnAnyNumberOfThreads() throws IOException {
    ConditionCodec codec = ConditionCodec.defaults();
    int i = 0;
    for (Condition c : Generators.sample(Generators.conditions(Set.of()), 300, 99)) {
      Format format = i % 2 == 0 ? Format.YAML : Format.JSON;
      String source = codec.write(c, format);
      switch (i % 4) {
        case 0 ->
            source =
                source
                    .replace("language: ", "language: 4")
                    .replace("\"language\": \"", "\"language\": \"4");
        case 1 -> {
          int cut = source.length() * 2 / 3;
          // Cut between characters, not inside a surrogate pair, which a file cannot hold.
          source =
              source.substring(0, Character.isLowSurrogate(source.charAt(cut)) ? cut - 1 : cut);
        }
        case 2 ->
            source =
                format == Format.JSON
                    ? source.replaceFirst("\\{", "{\"cuases\": 1,")
                    : source + "cuases: 1\n";
        default -> {}
      }
      Path sub = dir.resolve("z" + (i % 3)).resolve("a" + (i % 7));
      Files.createDirectories(sub);
      // The same id in several files, so the rules across the set report too.
      Files.writeString(
          sub.resolve(String.format("%03d-%s.%s", 300 - i, c.id(), format.extensions().get(0))),
          source);
      i++;
    }
    Cli.Run one = Cli.run("validate", "--threads", "1", dir.toString());
    assertThat(one.exitCode()).isEqualTo(1);
    assertThat(one.out()).endsWith("300 files, " + one.out().replaceAll("(?s).*\n300 files, ", ""));
    for (String threads : new String[] {"2", "8", "32"}) {
      assertThat(Cli.run("validate", "--threads", threads, dir.toString()))
          .as(threads + " threads")
          .isEqualTo(one);
    }
    Cli.Run json = Cli.run("validate", "--format", "json", "--threads", "1", dir.toString());
    assertThat(Cli.run("validate", "--format", "json", "--threads", "8", dir.toString()))
        .isEqualTo(json);

    // The order: file path, then line, then column (the set's rules come in the same order).
    List<String> keys = new ArrayList<>();
    for (String line : one.out().split("\n")) {
      if (line.startsWith(dir.toString())) {
        String[] parts = line.substring(dir.toString().length()).split(":", 4);
        keys.add(
            String.format(
                "%s %09d %09d", parts[0], Integer.parseInt(parts[1]), Integer.parseInt(parts[2])));
      }
    }
    assertThat(keys).hasSizeGreaterThan(200).isSorted();
  }
}

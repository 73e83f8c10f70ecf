package dev.caresheet.codec;

import java.util.Optional;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.comments.CommentType;
import org.snakeyaml.engine.v2.events.CommentEvent;
import org.snakeyaml.engine.v2.events.Event;
import org.snakeyaml.engine.v2.exceptions.Mark;
import org.snakeyaml.engine.v2.parser.ParserImpl;
import org.snakeyaml.engine.v2.scanner.StreamReader;

/**
 * Finds the comments of a YAML document, which the model does not hold. The leading block of
 * comment lines (such as {@code # yaml-language-server: $schema=...}) can be kept on reformatting;
 * a comment anywhere else would be lost, so reformatting refuses the file.
 */
final class YamlComments {
  private YamlComments() {}

  /** The leading comment and blank lines, each ending in a line break; "" when there are none. */
  static String leadingBlock(String source) {
    int end = 0;
    int lastCommentEnd = 0;
    while (end < source.length()) {
      int lineEnd = source.indexOf('\n', end);
      int next = lineEnd < 0 ? source.length() : lineEnd + 1;
      String line = source.substring(end, lineEnd < 0 ? source.length() : lineEnd).strip();
      if (line.startsWith("#")) {
        lastCommentEnd = next;
      } else if (!line.isEmpty()) {
        break;
      }
      end = next;
    }
    String block = source.substring(0, lastCommentEnd).replace("\r\n", "\n").replace('\r', '\n');
    return block.isEmpty() || block.endsWith("\n") ? block : block + "\n";
  }

  /** The first comment after the leading block, if any: its 1-based line and column. */
  static Optional<Mark> firstOtherComment(String source) {
    int leadingLines = (int) leadingBlock(source).chars().filter(c -> c == '\n').count();
    LoadSettings settings = LoadSettings.builder().setParseComments(true).build();
    ParserImpl parser = new ParserImpl(settings, new StreamReader(settings, source));
    while (parser.hasNext()) {
      Event event = parser.next();
      if (event.getEventId() == Event.ID.Comment
          && ((CommentEvent) event).getCommentType() != CommentType.BLANK_LINE) {
        Optional<Mark> start = event.getStartMark();
        if (start.isPresent() && start.get().getLine() >= leadingLines) {
          return start;
        }
      }
    }
    return Optional.empty();
  }
}

package dev.caresheet.testing;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.codec.ContentException;
import dev.caresheet.model.Condition;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.node.ArrayNode;
import tools.jackson.databind.node.ObjectNode;
import tools.jackson.databind.node.StringNode;

/**
 * Whole documents for the fuzz tests of the renderers: the structure of a generated valid document
 * (one of {@link #SKELETONS}, drawn by the fuzzer), with texts and URLs replaced by strings the
 * fuzzer chooses. Whatever the model refuses (a control character, a URL that is not http(s), a
 * blank text) is not a document, and the fuzz test skips it; whatever the model accepts must
 * render.
 */
public final class FuzzedDocuments {
  private FuzzedDocuments() {}

  /** Generated valid documents, fixed by their seed, whose texts the fuzzer replaces. */
  private static final List<Condition> SKELETONS =
      Generators.sample(Generators.conditions(), 64, 8L);

  private static final ConditionCodec CODEC = ConditionCodec.defaults();

  /**
   * {@return a document built from the fuzzer's data, or empty if the model refuses what it chose}
   *
   * @param data the fuzzer's data
   */
  public static Optional<Condition> condition(FuzzedDataProvider data) {
    JsonNode tree =
        CODEC.toTree(SKELETONS.get(data.consumeInt(0, SKELETONS.size() - 1))).deepCopy();
    mutate(tree, data);
    try {
      return Optional.of(CODEC.read(tree, "fuzz"));
    } catch (ContentException | IllegalArgumentException e) {
      return Optional.empty();
    }
  }

  private static void mutate(JsonNode node, FuzzedDataProvider data) {
    if (node instanceof ObjectNode object) {
      for (Map.Entry<String, JsonNode> field : object.properties()) {
        if (field.getValue().isString()) {
          replacement(field.getValue().stringValue(), data)
              .ifPresent(s -> object.set(field.getKey(), StringNode.valueOf(s)));
        } else {
          mutate(field.getValue(), data);
        }
      }
    } else if (node instanceof ArrayNode array) {
      for (int i = 0; i < array.size(); i++) {
        if (array.get(i).isString()) {
          int at = i;
          replacement(array.get(i).stringValue(), data)
              .ifPresent(s -> array.set(at, StringNode.valueOf(s)));
        } else {
          mutate(array.get(i), data);
        }
      }
    }
  }

  /** Keeps a text, or replaces it by a fuzzed one, as text or inside an http(s) or mailto URL. */
  private static Optional<String> replacement(String original, FuzzedDataProvider data) {
    if (data.remainingBytes() == 0) {
      return Optional.empty();
    }
    switch (data.consumeInt(0, 4)) {
      case 0:
        return Optional.empty();
      case 1:
        return Optional.of("https://example.org/" + data.consumeString(60));
      case 2:
        return Optional.of(original + data.consumeString(40));
      default:
        return Optional.of(data.consumeString(80));
    }
  }
}

package dev.caresheet.codec;

import dev.caresheet.model.Block;
import dev.caresheet.model.BulletList;
import dev.caresheet.model.Figure;
import dev.caresheet.model.InvalidContentException;
import dev.caresheet.model.ListBlock;
import dev.caresheet.model.NumberedList;
import dev.caresheet.model.Paragraph;
import dev.caresheet.model.Subheading;
import dev.caresheet.model.Table;
import java.util.List;
import java.util.Optional;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.databind.DeserializationContext;
import tools.jackson.databind.JavaType;
import tools.jackson.databind.SerializationContext;
import tools.jackson.databind.ValueDeserializer;
import tools.jackson.databind.ValueSerializer;
import tools.jackson.databind.exc.MismatchedInputException;
import tools.jackson.databind.exc.ValueInstantiationException;

/**
 * How a {@link Block} maps to JSON and YAML: a paragraph is a plain string, every other block an
 * object with one key, its {@link Block.Kind#key() kind's key}. The one place that knows it.
 */
final class BlockCodec {
  private BlockCodec() {}

  /** Reads a block. */
  static final class Reader extends ValueDeserializer<Block> {
    @Override
    public Block deserialize(JsonParser p, DeserializationContext ctxt) {
      JsonToken token = p.currentToken();
      if (token == JsonToken.VALUE_STRING) {
        String text = p.getString();
        return instantiate(p, ctxt, () -> Paragraph.of(text));
      }
      if (token != JsonToken.START_OBJECT) {
        return (Block) ctxt.handleUnexpectedToken(Block.class, p);
      }
      if (p.nextToken() != JsonToken.PROPERTY_NAME) {
        throw mismatch(
            p, "a block is an object with one key: one of " + String.join(", ", Block.Kind.keys()));
      }
      String key = p.currentName();
      Optional<Block.Kind> kind = Block.Kind.ofKey(key);
      if (kind.isEmpty()) {
        throw mismatch(
            p,
            "unknown block \""
                + key
                + "\"; expected one of "
                + String.join(", ", Block.Kind.keys()));
      }
      p.nextToken();
      Block block;
      try {
        block = read(kind.get(), p, ctxt);
      } catch (JacksonException e) {
        e.prependPath(p.currentValue(), key);
        throw e;
      }
      if (p.nextToken() != JsonToken.END_OBJECT) {
        throw mismatch(
            p,
            "a block has exactly one key; \""
                + key
                + "\" is followed by \""
                + p.currentName()
                + "\"");
      }
      return block;
    }

    private static Block read(Block.Kind kind, JsonParser p, DeserializationContext ctxt) {
      switch (kind) {
        case BULLET_LIST:
          {
            List<String> items = ctxt.readValue(p, strings(ctxt));
            return instantiate(p, ctxt, () -> BulletList.of(items));
          }
        case NUMBERED_LIST:
          {
            List<String> items = ctxt.readValue(p, strings(ctxt));
            return instantiate(p, ctxt, () -> NumberedList.of(items));
          }
        case SUBHEADING:
          {
            if (p.currentToken() != JsonToken.VALUE_STRING) {
              return (Block) ctxt.handleUnexpectedToken(String.class, p);
            }
            String text = p.getString();
            return instantiate(p, ctxt, () -> Subheading.of(text));
          }
        case TABLE:
          return ctxt.readValue(p, Table.class);
        case FIGURE:
          return ctxt.readValue(p, Figure.class);
        case PARAGRAPH:
        default:
          throw new AssertionError(kind);
      }
    }

    /** A mismatch in the codec's own words (no target type, so Errors keeps the message). */
    private static MismatchedInputException mismatch(JsonParser p, String message) {
      return MismatchedInputException.from(p, (Class<?>) null, message);
    }

    private static JavaType strings(DeserializationContext ctxt) {
      return ctxt.getTypeFactory().constructCollectionType(List.class, String.class);
    }

    private static Block instantiate(
        JsonParser p, DeserializationContext ctxt, java.util.function.Supplier<Block> make) {
      try {
        return make.get();
      } catch (InvalidContentException e) {
        throw ValueInstantiationException.from(
            p, e.getMessage(), ctxt.constructType(Block.class), e);
      }
    }
  }

  /** Writes a block. */
  static final class Writer extends ValueSerializer<Block> {
    @Override
    public void serialize(Block block, JsonGenerator gen, SerializationContext ctxt) {
      if (block instanceof Paragraph) {
        gen.writeString(((Paragraph) block).text());
        return;
      }
      gen.writeStartObject();
      gen.writeName(block.kind().key().orElseThrow());
      if (block instanceof ListBlock) {
        strings(gen, ((ListBlock) block).items());
      } else if (block instanceof Subheading) {
        gen.writeString(((Subheading) block).text());
      } else if (block instanceof Table) {
        Table table = (Table) block;
        gen.writeStartObject();
        table.caption().ifPresent(c -> gen.writeStringProperty("caption", c));
        gen.writeName("header");
        strings(gen, table.header());
        gen.writeName("rows");
        gen.writeStartArray();
        for (List<String> row : table.rows()) {
          strings(gen, row);
        }
        gen.writeEndArray();
        gen.writeEndObject();
      } else {
        // Written by hand, as the table: the bean serializer would find this serializer again.
        Figure figure = (Figure) block;
        gen.writeStartObject();
        gen.writeStringProperty("src", figure.src());
        figure.alt().ifPresent(a -> gen.writeStringProperty("alt", a));
        if (figure.decorative()) {
          gen.writeBooleanProperty("decorative", true);
        }
        figure.caption().ifPresent(c -> gen.writeStringProperty("caption", c));
        figure.credit().ifPresent(c -> gen.writeStringProperty("credit", c));
        if (figure.license().isPresent()) {
          gen.writeName("license");
          ctxt.writeValue(gen, figure.license().get());
        }
        gen.writeEndObject();
      }
      gen.writeEndObject();
    }

    private static void strings(JsonGenerator gen, List<String> texts) {
      gen.writeStartArray();
      for (String text : texts) {
        gen.writeString(text);
      }
      gen.writeEndArray();
    }
  }
}

package dev.caresheet.codec;

import com.fasterxml.jackson.annotation.JsonInclude;
import com.fasterxml.jackson.annotation.JsonSetter;
import com.fasterxml.jackson.annotation.Nulls;
import dev.caresheet.model.Block;
import java.time.LocalDate;
import org.snakeyaml.engine.v2.api.LoadSettings;
import org.snakeyaml.engine.v2.schema.CoreSchema;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.StreamReadConstraints;
import tools.jackson.core.StreamReadFeature;
import tools.jackson.core.exc.StreamReadException;
import tools.jackson.core.json.JsonFactory;
import tools.jackson.core.util.DefaultIndenter;
import tools.jackson.core.util.DefaultPrettyPrinter;
import tools.jackson.core.util.JsonParserDelegate;
import tools.jackson.core.util.Separators;
import tools.jackson.databind.DeserializationFeature;
import tools.jackson.databind.MapperFeature;
import tools.jackson.databind.ObjectMapper;
import tools.jackson.databind.SerializationFeature;
import tools.jackson.databind.cfg.CoercionAction;
import tools.jackson.databind.cfg.CoercionInputShape;
import tools.jackson.databind.cfg.EnumFeature;
import tools.jackson.databind.cfg.MapperBuilder;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.databind.module.SimpleModule;
import tools.jackson.databind.type.LogicalType;
import tools.jackson.dataformat.yaml.YAMLFactory;
import tools.jackson.dataformat.yaml.YAMLMapper;
import tools.jackson.dataformat.yaml.YAMLParser;
import tools.jackson.dataformat.yaml.YAMLReadFeature;
import tools.jackson.dataformat.yaml.YAMLSchema;
import tools.jackson.dataformat.yaml.YAMLWriteFeature;

/** Builds the strict, canonical Jackson mappers of the codec. */
final class Mappers {
  private Mappers() {}

  static ObjectMapper json(ReadLimits limits) {
    JsonFactory factory = JsonFactory.builder().streamReadConstraints(constraints(limits)).build();
    DefaultIndenter indenter = new DefaultIndenter("  ", "\n");
    DefaultPrettyPrinter printer =
        new DefaultPrettyPrinter(
                Separators.createDefaultInstance()
                    .withObjectNameValueSpacing(Separators.Spacing.AFTER)
                    .withObjectEmptySeparator("")
                    .withArrayEmptySeparator(""))
            .withObjectIndenter(indenter)
            .withArrayIndenter(indenter);
    return configure(JsonMapper.builder(factory))
        .defaultPrettyPrinter(printer)
        .enable(SerializationFeature.INDENT_OUTPUT)
        .build();
  }

  static ObjectMapper yaml(ReadLimits limits) {
    // YAML 1.2's core schema, as editors read it (yaml-language-server, the yaml library): `~`
    // and `null` are null, 0x1F, 0o17 and +12 are numbers, 017 is seventeen, yes and no are text.
    YAMLFactory factory =
        YAMLFactory.builder()
            .yamlSchema(YAMLSchema.CORE)
            .stringQuotingChecker(CoreQuoting.INSTANCE)
            .disable(YAMLReadFeature.PARSE_OCTAL_NUMBERS)
            .streamReadConstraints(constraints(limits))
            .loadSettings(
                LoadSettings.builder()
                    .setAllowDuplicateKeys(false)
                    // Custom load settings replace the factory's schema: name the core schema here
                    // too.
                    .setSchema(new CoreSchema())
                    .setMaxAliasesForCollections(0)
                    .setCodePointLimit(
                        (int) Math.min(Integer.MAX_VALUE, limits.maxDocumentChars() + 1))
                    .build())
            .disable(YAMLWriteFeature.WRITE_DOC_START_MARKER)
            .disable(YAMLWriteFeature.SPLIT_LINES)
            .enable(YAMLWriteFeature.MINIMIZE_QUOTES)
            .enable(YAMLWriteFeature.ALWAYS_QUOTE_NUMBERS_AS_STRINGS)
            .enable(YAMLWriteFeature.LITERAL_BLOCK_STYLE)
            .enable(YAMLWriteFeature.INDENT_ARRAYS_WITH_INDICATOR)
            .build();
    return configure(YAMLMapper.builder(factory)).build();
  }

  private static StreamReadConstraints constraints(ReadLimits limits) {
    return StreamReadConstraints.builder()
        .maxDocumentLength(limits.maxDocumentChars())
        .maxNestingDepth(limits.maxNestingDepth())
        .maxStringLength(limits.maxStringLength())
        .maxNameLength(Math.min(limits.maxStringLength(), 1000))
        .maxNumberLength(limits.maxNumberLength())
        .build();
  }

  private static <M extends ObjectMapper, B extends MapperBuilder<M, B>> B configure(B builder) {
    return builder
        .enable(StreamReadFeature.STRICT_DUPLICATE_DETECTION)
        .enable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
        // Trailing content is checked by ConditionCodec, which knows the format's words for it.
        .disable(DeserializationFeature.FAIL_ON_TRAILING_TOKENS)
        .enable(DeserializationFeature.FAIL_ON_NULL_FOR_PRIMITIVES)
        .enable(DeserializationFeature.FAIL_ON_READING_DUP_TREE_KEY)
        .enable(EnumFeature.FAIL_ON_NUMBERS_FOR_ENUMS)
        .addModule(
            new SimpleModule("caresheet-strict-dates")
                .addDeserializer(LocalDate.class, new StrictDateDeserializer())
                .addDeserializer(Block.class, new BlockCodec.Reader())
                .addSerializer(Block.class, new BlockCodec.Writer()))
        .disable(DeserializationFeature.ACCEPT_SINGLE_VALUE_AS_ARRAY)
        .disable(MapperFeature.ALLOW_COERCION_OF_SCALARS)
        .disable(MapperFeature.SORT_PROPERTIES_ALPHABETICALLY)
        .changeDefaultNullHandling(n -> JsonSetter.Value.forValueNulls(Nulls.FAIL, Nulls.FAIL))
        .changeDefaultPropertyInclusion(
            i ->
                JsonInclude.Value.construct(
                    JsonInclude.Include.NON_EMPTY, JsonInclude.Include.NON_EMPTY))
        .withCoercionConfigDefaults(
            c ->
                c.setCoercion(CoercionInputShape.EmptyString, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyArray, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyObject, CoercionAction.Fail))
        .withCoercionConfig(
            LogicalType.Textual,
            c ->
                c.setCoercion(CoercionInputShape.Integer, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Float, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.Boolean, CoercionAction.Fail)
                    .setCoercion(CoercionInputShape.EmptyString, CoercionAction.TryConvert));
  }

  /**
   * Wraps a parser so that YAML aliases are refused where they occur. Jackson reports an alias as
   * the anchor's name in a plain text, which would silently replace content; refusing them also
   * rules out alias bombs.
   */
  static JsonParser strict(JsonParser parser) {
    if (!(parser instanceof YAMLParser)) {
      return parser;
    }
    YAMLParser yaml = (YAMLParser) parser;
    return new JsonParserDelegate(parser) {
      @Override
      public JsonToken nextToken() {
        JsonToken token = delegate.nextToken();
        if (yaml.isCurrentAlias()) {
          throw new StreamReadException(
              delegate,
              "YAML aliases (*"
                  + yaml.getString()
                  + ") are not supported: write the content out"
                  + " in full");
        }
        String tag = token == null || token == JsonToken.PROPERTY_NAME ? null : yaml.getTypeId();
        if (tag != null) {
          String shown =
              tag.startsWith("tag:yaml.org,2002:")
                  ? "!!" + tag.substring("tag:yaml.org,2002:".length())
                  : tag.startsWith("!") ? tag : "!" + tag;
          throw new StreamReadException(
              delegate, "YAML tags (" + shown + ") are not supported: write plain values");
        }
        return token;
      }
    };
  }
}

package dev.caresheet.schema.internal;

import com.networknt.schema.Error;
import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.caresheet.codec.Format;
import dev.caresheet.schema.ConditionSchema;
import java.util.List;
import java.util.Objects;
import tools.jackson.databind.JsonNode;
import tools.jackson.databind.json.JsonMapper;

/**
 * The schema stage: the published schema, compiled once, checks a parsed tree; every violation
 * becomes a located problem a content editor understands ({@link SchemaErrors}).
 *
 * <p>Nothing is ever fetched: the schema is read from the class path, the registry may load no
 * schema but the condition schema itself and the draft 2020-12 meta-schemas that ship inside the
 * validator's jar, and the loader has no remote fetcher. A document's own {@code $schema} value is
 * only data. Immutable and thread-safe.
 */
public final class SchemaChecker {

  private static final String META_SCHEMAS = "https://json-schema.org/draft/2020-12/";

  private final Schema schema;
  private final JsonNode schemaJson;

  private SchemaChecker(String schemaText) {
    this.schemaJson = JsonMapper.builder().build().readTree(schemaText);
    this.schema = compile(schemaJson);
  }

  /** The checker of the published condition schema. */
  public static SchemaChecker published() {
    return Holder.PUBLISHED;
  }

  private static final class Holder {
    static final SchemaChecker PUBLISHED = new SchemaChecker(ConditionSchema.text());
  }

  /**
   * Compiles a schema with the validator's registry: offline, refusing to load any schema other
   * than the condition schema's own {@code $id} and the bundled draft 2020-12 meta-schemas.
   *
   * @throws com.networknt.schema.SchemaException if the schema refers to anything else
   */
  static Schema compile(JsonNode schemaJson) {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder ->
                builder
                    .schemaRegistryConfig(
                        SchemaRegistryConfig.builder()
                            .pathType(PathType.JSON_POINTER)
                            .formatAssertionsEnabled(true)
                            .regularExpressionFactory(TextPatterns.FACTORY)
                            .build())
                    .schemaLoader(
                        loader ->
                            loader
                                .fetchRemoteResources(false)
                                .allow(
                                    iri -> {
                                      String s = iri.toString();
                                      return s.equals(ConditionSchema.ID)
                                          || s.startsWith(META_SCHEMAS);
                                    })));
    Schema compiled = registry.getSchema(SchemaLocation.of(ConditionSchema.ID), schemaJson);
    compiled.initializeValidators();
    return compiled;
  }

  /** The schema as a JSON tree, for looking up the properties and descriptions it declares. */
  public JsonNode schemaJson() {
    return schemaJson;
  }

  /** Checks a tree, reporting each violation to {@code found}. */
  public void check(JsonNode tree, SourceMap map, Format format, Found found) {
    Objects.requireNonNull(tree, "tree");
    List<Error> errors = schema.validate(tree);
    if (!errors.isEmpty()) {
      new SchemaErrors(schemaJson, tree, map, format, found).report(errors);
    }
  }
}

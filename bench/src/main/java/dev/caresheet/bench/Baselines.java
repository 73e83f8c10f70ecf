package dev.caresheet.bench;

import com.networknt.schema.Schema;
import com.networknt.schema.SchemaLocation;
import com.networknt.schema.SchemaRegistry;
import com.networknt.schema.SchemaRegistryConfig;
import com.networknt.schema.SpecificationVersion;
import com.networknt.schema.path.PathType;
import dev.caresheet.schema.ConditionSchema;
import tools.jackson.databind.json.JsonMapper;
import tools.jackson.dataformat.yaml.YAMLMapper;

/**
 * What a developer would write instead of Caresheet's validator: Jackson's {@code readTree} and the
 * networknt JSON Schema validator with the published condition schema, compiled once with the same
 * settings as Caresheet's (draft 2020-12, format assertions on, JSON-pointer paths, offline).
 */
public final class Baselines {
  private Baselines() {}

  /** A plain Jackson 3 JSON mapper with default settings. */
  public static final JsonMapper JSON = JsonMapper.builder().build();

  /** A plain Jackson 3 YAML mapper with default settings. */
  public static final YAMLMapper YAML = YAMLMapper.builder().build();

  /** The condition schema, compiled once by networknt. */
  public static Schema schema() {
    SchemaRegistry registry =
        SchemaRegistry.withDefaultDialect(
            SpecificationVersion.DRAFT_2020_12,
            builder ->
                builder
                    .schemaRegistryConfig(
                        SchemaRegistryConfig.builder()
                            .pathType(PathType.JSON_POINTER)
                            .formatAssertionsEnabled(true)
                            .build())
                    .schemaLoader(loader -> loader.fetchRemoteResources(false)));
    Schema schema =
        registry.getSchema(
            SchemaLocation.of(ConditionSchema.ID), JSON.readTree(ConditionSchema.text()));
    schema.initializeValidators();
    return schema;
  }
}

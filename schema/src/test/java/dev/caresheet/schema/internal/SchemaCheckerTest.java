package dev.caresheet.schema.internal;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.caresheet.schema.ConditionSchema;
import org.junit.jupiter.api.Test;
import tools.jackson.databind.json.JsonMapper;

/** The registry loads nothing but the condition schema and the bundled meta-schemas. */
class SchemaCheckerTest {

  private static final JsonMapper MAPPER = JsonMapper.builder().build();

  @Test
  void thePublishedSchemaCompilesOffline() {
    assertThatCode(SchemaChecker::published).doesNotThrowAnyException();
  }

  @Test
  void aRemoteReferenceIsRefusedNotFetched() {
    for (String ref :
        new String[] {
          "https://example.org/other.schema.json", "http://127.0.0.1:9/x.json",
          "file:///etc/passwd", "classpath:dev/caresheet/schema/condition.schema.json"
        }) {
      String schema =
          "{\"$schema\": \"https://json-schema.org/draft/2020-12/schema\", \"$id\": \""
              + ConditionSchema.ID
              + "\", \"properties\": {\"a\": {\"$ref\": \""
              + ref
              + "\"}}}";
      assertThatThrownBy(() -> SchemaChecker.compile(MAPPER.readTree(schema)))
          .as(ref)
          .hasMessageContaining("not allowed to be loaded");
    }
  }
}

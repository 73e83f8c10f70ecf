/**
 * The published JSON Schema of condition documents and the {@code Validator}: syntax, schema and
 * semantic rules, each problem located by line, column and JSON pointer.
 */
module dev.caresheet.schema {
  requires transitive dev.caresheet.model;
  requires com.networknt.schema;
  requires tools.jackson.core;
  requires tools.jackson.dataformat.yaml;
  requires static org.jspecify;

  exports dev.caresheet.schema;
}

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
  // The source map and pointers that locate a finding inside a string, shared with the editorial
  // checks; not API.
  exports dev.caresheet.schema.internal to
      dev.caresheet.lint;
}

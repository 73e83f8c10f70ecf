/**
 * Caresheet's editorial checks ({@code caresheet lint}) on valid documents, and the editorial
 * vocabulary the importer shares.
 */
module dev.caresheet.lint {
  requires transitive dev.caresheet.schema;
  requires com.networknt.schema;
  requires tools.jackson.core;
  requires static org.jspecify;

  exports dev.caresheet.lint;
}

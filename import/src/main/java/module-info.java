/**
 * Caresheet's importer: legacy articles (HTML, NHS API JSON, MedlinePlus, scraped text) in, draft
 * documents out.
 */
module dev.caresheet.importer {
  requires transitive dev.caresheet.schema;
  requires transitive dev.caresheet.lint;
  requires org.jsoup;
  requires java.xml;
  requires tools.jackson.core;
  requires static org.jspecify;

  exports dev.caresheet.importer;
}

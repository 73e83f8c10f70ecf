/**
 * Caresheet's testing kit, for the tests of a publisher's own {@code PartRenderer} or format:
 * QuickTheories generators of whole, valid and hostile condition documents ({@code Generators}),
 * the strings a reader must find in any rendering ({@code ContentWalk}), whole documents for Jazzer
 * fuzz tests ({@code FuzzedDocuments}, with {@code jazzer-api} on the path) and large hostile files
 * ({@code HostileFiles}). A test-scope dependency; Caresheet's own property tests use it too.
 */
module dev.caresheet.testing {
  requires transitive dev.caresheet.model;
  requires transitive quicktheories;
  requires transitive org.jsoup;
  requires static jazzer.api;

  exports dev.caresheet.testing;
}

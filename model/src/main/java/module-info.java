/**
 * The immutable model of a condition document ({@code dev.caresheet.model}), its strict JSON/YAML
 * codec ({@code dev.caresheet.codec}) and the renderer SPI ({@code dev.caresheet.render}).
 *
 * <p>Jackson's databind is required transitively: the codec's tree methods ({@code
 * ConditionCodec.read(JsonNode, String)} and {@code toTree}) take and give Jackson's {@code
 * JsonNode} on purpose, for the JSON tools that work on trees (schema validators, patches). Formats
 * are found through {@link java.util.ServiceLoader}: a module that {@code provides
 * dev.caresheet.render.RendererProvider} is found by {@code Renderers}.
 */
module dev.caresheet.model {
  requires transitive tools.jackson.databind;
  requires tools.jackson.dataformat.yaml;
  requires org.snakeyaml.engine;
  requires org.commonmark;
  // Nullness annotations in the API's signatures; needed to compile, not to run.
  requires static transitive org.jspecify;
  // The Immutables annotations and the JDK's @Generated on generated code: compile time only.
  requires static org.immutables.value;
  requires static java.compiler;

  exports dev.caresheet.model;
  exports dev.caresheet.codec;
  exports dev.caresheet.render;
  // The one spelling of a location and the codec's token-level access, shared with the validator
  // and the command line; not API.
  exports dev.caresheet.codec.internal to
      dev.caresheet.schema,
      dev.caresheet.lint,
      dev.caresheet.importer,
      dev.caresheet.cli;

  // Jackson binds documents to the generated Immutable* classes through their Json helpers.
  opens dev.caresheet.model to
      tools.jackson.databind;

  uses dev.caresheet.render.RendererProvider;
}

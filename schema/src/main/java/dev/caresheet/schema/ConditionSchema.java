package dev.caresheet.schema;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The published JSON Schema (draft 2020-12) of condition documents, shipped in this jar as the
 * resource {@value #RESOURCE}. Editors use it for completion and checking (a document may name it
 * in {@code $schema}); the {@link Validator} compiles it once and never fetches anything.
 */
public final class ConditionSchema {
  private ConditionSchema() {}

  /** The schema's stable {@code $id}; documents name it in {@code $schema}. */
  public static final String ID = "https://caresheet.dev/schema/condition/v1/condition.schema.json";

  /**
   * The schema's version, also in its {@code x-version} keyword. The major version is part of the
   * {@link #ID}; a minor version only ever accepts more documents.
   */
  public static final String VERSION = "1.3.0";

  /**
   * The schema's file name, in the jar and in a repository's copy ({@code schemas/} {@value
   * #FILE_NAME}). A document's {@code $schema} may name the schema by {@link #ID} or by a path
   * relative to the document that ends in this name, which editors resolve offline.
   */
  public static final String FILE_NAME = "condition.schema.json";

  /** The class-path resource holding the schema. */
  public static final String RESOURCE = "/dev/caresheet/schema/condition.schema.json";

  /** {@return the schema as UTF-8 JSON text, exactly as published} */
  public static String text() {
    return Holder.TEXT;
  }

  private static final class Holder {
    static final String TEXT = load();

    private static String load() {
      try (InputStream in = ConditionSchema.class.getResourceAsStream(RESOURCE)) {
        if (in == null) {
          throw new IllegalStateException("the schema resource " + RESOURCE + " is missing");
        }
        return new String(in.readAllBytes(), StandardCharsets.UTF_8);
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the schema resource " + RESOURCE, e);
      }
    }
  }
}

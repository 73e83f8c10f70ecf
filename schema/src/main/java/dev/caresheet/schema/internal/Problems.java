package dev.caresheet.schema.internal;

import dev.caresheet.schema.Problem;
import dev.caresheet.schema.Severity;
import java.util.Objects;
import org.jspecify.annotations.Nullable;

/**
 * Makes {@link Problem}s for the validator's stages: {@code Problem}'s constructor is not API, and
 * {@code Problem} installs it here when it is initialised.
 */
public final class Problems {
  private Problems() {}

  /** {@code Problem}'s constructor. */
  @FunctionalInterface
  public interface Constructor {
    /**
     * {@return a new problem}
     *
     * @param source the source name, or {@code ""}
     * @param line the 1-based line, or 0
     * @param column the 1-based column, or 0 exactly when the line is 0
     * @param pointer the JSON pointer, or {@code ""}
     * @param severity how serious it is
     * @param code the rule code
     * @param message what is wrong
     * @param hint how to fix it, or {@code null}
     */
    Problem create(
        String source,
        int line,
        int column,
        String pointer,
        Severity severity,
        String code,
        String message,
        @Nullable String hint);
  }

  private static volatile @Nullable Constructor constructor;

  /**
   * Installs {@code Problem}'s constructor; once, from {@code Problem}'s initialisation.
   *
   * @param c the constructor
   */
  public static synchronized void install(Constructor c) {
    if (constructor != null) {
      throw new IllegalStateException("installed already");
    }
    constructor = Objects.requireNonNull(c, "c");
  }

  /**
   * {@return a new problem; see {@link Problem} for what each argument may be}
   *
   * @param source the source name, or {@code ""}
   * @param line the 1-based line, or 0
   * @param column the 1-based column, or 0 exactly when the line is 0
   * @param pointer the JSON pointer, or {@code ""}
   * @param severity how serious it is
   * @param code the rule code
   * @param message what is wrong
   * @param hint how to fix it, or {@code null}
   */
  public static Problem create(
      String source,
      int line,
      int column,
      String pointer,
      Severity severity,
      String code,
      String message,
      @Nullable String hint) {
    Constructor c = constructor;
    if (c == null) {
      initialise();
      c = Objects.requireNonNull(constructor, "Problem did not install its constructor");
    }
    return c.create(source, line, column, pointer, severity, code, message, hint);
  }

  private static void initialise() {
    try {
      Class.forName(Problem.class.getName(), true, Problem.class.getClassLoader());
    } catch (ClassNotFoundException e) {
      throw new AssertionError(e);
    }
  }
}

package dev.caresheet.codec;

import java.util.regex.Pattern;
import tools.jackson.dataformat.yaml.util.StringQuotingChecker;

/**
 * Quotes, when writing YAML, every text that YAML 1.2's core schema would read as something else:
 * Jackson's default quotes {@code true}, {@code 42} and {@code null}, but writes {@code 0x1F},
 * {@code 0o17}, {@code +1e3}, {@code .NaN} and {@code -.Inf} plain, which the core schema (as the
 * reader and editors use it) reads as numbers.
 */
final class CoreQuoting extends StringQuotingChecker.Default {
  private static final long serialVersionUID = 1L;

  /** The core schema's null, boolean, integer and float forms (YAML 1.2.2, 10.3.2). */
  private static final Pattern CORE_SCALAR =
      Pattern.compile(
          "null|Null|NULL|~|true|True|TRUE|false|False|FALSE"
              + "|[-+]?[0-9]+|0o[0-7]+|0x[0-9a-fA-F]+"
              + "|[-+]?(?:\\.[0-9]+|[0-9]+(?:\\.[0-9]*)?)(?:[eE][-+]?[0-9]+)?"
              + "|[-+]?\\.(?:inf|Inf|INF)|\\.(?:nan|NaN|NAN)");

  static final CoreQuoting INSTANCE = new CoreQuoting();

  @Override
  public boolean needToQuoteValue(String value) {
    return super.needToQuoteValue(value) || CORE_SCALAR.matcher(value).matches();
  }
}

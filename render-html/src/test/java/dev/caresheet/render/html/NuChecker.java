package dev.caresheet.render.html;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import nu.validator.validation.SimpleDocumentValidator;
import org.xml.sax.ErrorHandler;
import org.xml.sax.InputSource;
import org.xml.sax.SAXParseException;

/**
 * The W3C Nu HTML Checker ({@code nu.validator:validator}), offline: the same schema ({@code
 * html5-all.rnc}, from the jar's own cache of schemas) and checkers as the vnu command line and
 * validator.w3.org/nu. Set up once (about a second) and reused; each check then takes a few
 * milliseconds. Language detection is off: it guesses a text's language, which makes no sense for
 * generated text. Not thread-safe; one per test class.
 */
final class NuChecker {

  /** What the checker said about one document. */
  record Report(List<String> errors, List<String> warnings) {}

  private final SimpleDocumentValidator validator;
  private final List<String> errors = new ArrayList<>();
  private final List<String> warnings = new ArrayList<>();

  NuChecker() {
    ErrorHandler handler =
        new ErrorHandler() {
          @Override
          public void warning(SAXParseException e) {
            warnings.add(describe(e));
          }

          @Override
          public void error(SAXParseException e) {
            errors.add(describe(e));
          }

          @Override
          public void fatalError(SAXParseException e) {
            errors.add("fatal: " + describe(e));
          }
        };
    try {
      validator = new SimpleDocumentValidator(true, false, false);
      validator.setUpMainSchema("http://s.validator.nu/html5-all.rnc", handler);
      validator.setUpValidatorAndParsers(handler, true, false);
    } catch (Exception e) {
      throw new IllegalStateException("the Nu checker could not be set up", e);
    }
  }

  private static String describe(SAXParseException e) {
    return e.getLineNumber() + ":" + e.getColumnNumber() + ": " + e.getMessage();
  }

  /** Checks a complete HTML document. */
  Report check(String html) {
    errors.clear();
    warnings.clear();
    try {
      validator.checkHtmlInputSource(
          new InputSource(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8))));
    } catch (Exception e) {
      errors.add("the checker failed: " + e);
    }
    return new Report(List.copyOf(errors), List.copyOf(warnings));
  }
}

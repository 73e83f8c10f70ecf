package dev.caresheet.cli;

import dev.caresheet.lint.LintCode;
import dev.caresheet.lint.LintReport;
import dev.caresheet.schema.Problem;
import dev.caresheet.schema.Severity;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import tools.jackson.databind.json.JsonMapper;

/**
 * The machine-readable outputs of {@code caresheet lint}: JSON (validate's form), SARIF 2.1.0 for
 * code scanning, and GitHub workflow annotation lines.
 */
final class LintFormats {
  private LintFormats() {}

  static final String SARIF_SCHEMA = "https://json.schemastore.org/sarif-2.1.0.json";

  /** The fingerprint's name in {@code partialFingerprints}; its version changes with its recipe. */
  static final String FINGERPRINT = "caresheet/v1";

  /** Validate's JSON report, with the documents whose reading level was not measured. */
  static String json(LintReport report) {
    Map<String, Object> doc = new LinkedHashMap<>();
    doc.put("files", report.files());
    doc.put("errors", report.errorCount());
    doc.put("warnings", report.warningCount());
    doc.put("problems", report.problems().stream().map(Output::json).toList());
    doc.put("readingLevelNotMeasured", report.readingLevelNotMeasured());
    return JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(doc);
  }

  /**
   * A GitHub Actions workflow command: {@code ::warning file=F,line=L,col=C,title=CODE::MESSAGE},
   * with the message's and the properties' special characters escaped as the runner expects.
   */
  static String github(Problem p) {
    StringBuilder sb = new StringBuilder("::").append(p.isError() ? "error" : "warning");
    sb.append(" file=").append(property(p.source()));
    if (p.line() > 0) {
      sb.append(",line=").append(p.line()).append(",col=").append(p.column());
    }
    sb.append(",title=").append(property(p.code()));
    String message =
        p.message()
            + (p.pointer().isEmpty() ? "" : " (at " + p.pointer() + ")")
            + p.hint().map(h -> "\nhint: " + h).orElse("");
    return sb.append("::").append(data(message)).toString();
  }

  private static String data(String s) {
    return s.replace("%", "%25").replace("\r", "%0D").replace("\n", "%0A");
  }

  private static String property(String s) {
    return data(s).replace(":", "%3A").replace(",", "%2C");
  }

  /**
   * The report as a SARIF 2.1.0 log: one run, the editorial rules (and the validator's codes that
   * occur) with their help, each result at its file, line and column, with the JSON pointer as a
   * logical location and a fingerprint that does not change when lines move: a hash of the code,
   * the file, the pointer and the result's rank among those with the same three.
   */
  static String sarif(LintReport report) {
    List<Map<String, Object>> rules = new ArrayList<>();
    Map<String, Integer> ruleIndex = new HashMap<>();
    for (LintCode code : LintCode.values()) {
      ruleIndex.put(code.code(), rules.size());
      rules.add(rule(code.code(), code.title(), code.help(), code.defaultSeverity()));
    }
    List<Map<String, Object>> results = new ArrayList<>();
    Map<String, Integer> ranks = new HashMap<>();
    for (Problem p : report.problems()) {
      Integer index = ruleIndex.get(p.code());
      if (index == null) {
        index = rules.size();
        ruleIndex.put(p.code(), index);
        rules.add(
            rule(
                p.code(),
                "Validator rule " + p.code(),
                "A problem that caresheet validate"
                    + " reports: the document is not valid, or breaks a rule across files. See the"
                    + " validator's codes (dev.caresheet.schema.Codes).",
                Severity.ERROR));
      }
      Map<String, Object> result = new LinkedHashMap<>();
      result.put("ruleId", p.code());
      result.put("ruleIndex", index);
      result.put("level", p.isError() ? "error" : "warning");
      result.put(
          "message", Map.of("text", p.message() + p.hint().map(h -> " Hint: " + h).orElse("")));
      Map<String, Object> physical = new LinkedHashMap<>();
      physical.put("artifactLocation", Map.of("uri", uri(p.source())));
      if (p.line() > 0) {
        physical.put("region", Map.of("startLine", p.line(), "startColumn", p.column()));
      }
      Map<String, Object> location = new LinkedHashMap<>();
      location.put("physicalLocation", physical);
      if (!p.pointer().isEmpty()) {
        location.put(
            "logicalLocations",
            List.of(Map.of("fullyQualifiedName", p.pointer(), "kind", "member")));
      }
      result.put("locations", List.of(location));
      String key = p.code() + "\u0000" + p.source() + "\u0000" + p.pointer();
      int rank = ranks.merge(key, 1, Integer::sum);
      result.put("partialFingerprints", Map.of(FINGERPRINT, fingerprint(key + "\u0000" + rank)));
      results.add(result);
    }
    Map<String, Object> driver = new LinkedHashMap<>();
    driver.put("name", "caresheet lint");
    driver.put("semanticVersion", version());
    driver.put("informationUri", "https://caresheet.dev/");
    driver.put("rules", rules);
    Map<String, Object> run = new LinkedHashMap<>();
    run.put("tool", Map.of("driver", driver));
    run.put("columnKind", "utf16CodeUnits");
    run.put("results", results);
    Map<String, Object> log = new LinkedHashMap<>();
    log.put("$schema", SARIF_SCHEMA);
    log.put("version", "2.1.0");
    log.put("runs", List.of(run));
    return JsonMapper.shared().writerWithDefaultPrettyPrinter().writeValueAsString(log);
  }

  private static Map<String, Object> rule(String id, String title, String help, Severity severity) {
    Map<String, Object> rule = new LinkedHashMap<>();
    rule.put("id", id);
    rule.put("name", title);
    rule.put("shortDescription", Map.of("text", title));
    rule.put("fullDescription", Map.of("text", help));
    rule.put("help", Map.of("text", help));
    rule.put(
        "defaultConfiguration", Map.of("level", severity == Severity.ERROR ? "error" : "warning"));
    return rule;
  }

  /** A source path as a relative URI reference, with forward slashes and percent-escapes. */
  static String uri(String source) {
    String path = source.replace('\\', '/');
    try {
      return new URI(null, null, path, null).toASCIIString();
    } catch (URISyntaxException e) {
      return path;
    }
  }

  private static String fingerprint(String key) {
    try {
      byte[] digest =
          MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return HexFormat.of().formatHex(digest, 0, 16);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static String version() {
    String line = VersionProvider.lines()[0];
    String v = line.substring(line.indexOf(' ') + 1);
    return Optional.of(v).filter(s -> !s.equals("unknown")).orElse("0.0.0");
  }
}

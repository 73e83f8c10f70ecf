package dev.caresheet.lint.internal;

import dev.caresheet.lint.LintCode;
import dev.caresheet.schema.Problem;
import dev.caresheet.schema.Severity;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The editorial rules across files: the same paragraph in several documents. (A {@code related} id
 * that no document has is the validator's {@code rule.related-unknown}, which lint reports as part
 * of validating, so it is not repeated here.)
 */
public final class SetRules {
  private SetRules() {}

  /**
   * A document's paragraphs, with the severity the document's settings give the rule.
   *
   * @param source the document's source
   * @param severity the severity of {@link LintCode#DUPLICATE_PARAGRAPH} for it
   * @param paragraphs its long paragraphs
   */
  public record Of(String source, Severity severity, List<DocumentRules.Paragraph> paragraphs) {}

  /** Every paragraph found in more than one document, reported at each occurrence. */
  public static List<Problem> check(List<Of> documents) {
    Map<Long, List<Object[]>> byHash = new LinkedHashMap<>();
    for (Of d : documents) {
      for (DocumentRules.Paragraph p : d.paragraphs()) {
        byHash.computeIfAbsent(p.hash(), h -> new ArrayList<>()).add(new Object[] {d, p});
      }
    }
    List<Problem> problems = new ArrayList<>();
    for (List<Object[]> same : byHash.values()) {
      Set<String> sources = new LinkedHashSet<>();
      for (Object[] o : same) {
        sources.add(((Of) o[0]).source());
      }
      if (sources.size() < 2) {
        continue;
      }
      for (Object[] o : same) {
        Of d = (Of) o[0];
        DocumentRules.Paragraph p = (DocumentRules.Paragraph) o[1];
        List<String> others = new ArrayList<>();
        for (String s : sources) {
          if (!s.equals(d.source())) {
            others.add(s);
          }
        }
        String shown =
            others.size() <= 3
                ? String.join(", ", others)
                : String.join(", ", others.subList(0, 3)) + " and " + (others.size() - 3) + " more";
        problems.add(
            Problem.at(
                d.source(),
                p.at().line(),
                p.at().column(),
                p.pointer(),
                d.severity(),
                LintCode.DUPLICATE_PARAGRAPH.code(),
                "the paragraph `" + p.preview() + "` is also in " + shown,
                "keep the text in one document and link to it"
                    + " (condition:id), or rewrite it for this one"));
      }
    }
    return problems;
  }
}

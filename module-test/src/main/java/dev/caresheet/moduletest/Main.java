package dev.caresheet.moduletest;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.codec.Format;
import dev.caresheet.model.Condition;
import dev.caresheet.model.FirstAidStep;
import dev.caresheet.model.PartKind;
import dev.caresheet.render.Labels;
import dev.caresheet.render.RenderOptions;
import dev.caresheet.render.Renderer;
import dev.caresheet.render.Renderers;
import dev.caresheet.render.html.HtmlRenderer;
import dev.caresheet.render.text.TextRenderer;
import dev.caresheet.schema.Report;
import dev.caresheet.schema.Validator;
import java.io.IOException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;

/**
 * Runs the README's usage on the module path — read, validate, render HTML and text, find both
 * formats by name, override a part, load another language's labels — checks each result, and prints
 * one {@code ok} line per step. Any failed check is a line starting {@code FAILED} and exit status
 * 1. {@code ModulePathIT} launches it with {@code java --module-path ... -m}.
 */
public final class Main {
  private Main() {}

  private static final List<String> FAILURES = new ArrayList<>();

  /**
   * Checks the usage on one document.
   *
   * @param args the path of a document with a first-aid part
   * @throws IOException if the document cannot be read
   */
  public static void main(String[] args) throws IOException {
    Path file = Path.of(args[0]);
    check(
        "named module",
        Main.class.getModule().isNamed()
            && Condition.class.getModule().isNamed()
            && HtmlRenderer.class.getModule().isNamed()
            && TextRenderer.class.getModule().isNamed(),
        Main.class.getModule() + ", " + Condition.class.getModule());

    // Read: strict, with the located ContentException on bad input.
    ConditionCodec codec = ConditionCodec.defaults();
    Condition read = codec.read(file);
    check("read", !read.name().isEmpty(), read.id());

    // Validate once; the report carries the parsed document.
    Report report = Validator.create().validate(file);
    check(
        "validate",
        report.isValid() && report.condition().isPresent() && report.condition().get().equals(read),
        report.errorCount() + " errors");
    Condition condition = report.condition().orElse(read);

    // Write back canonically: the example files are canonical.
    check(
        "write",
        codec.write(condition, Format.JSON).equals(codec.write(read, Format.JSON)),
        "canonical JSON");

    // Render both formats, built directly.
    String html = HtmlRenderer.builder().build().render(condition);
    check(
        "render html",
        html.contains("<h1") && html.contains(escape(condition.name())),
        html.length() + " chars");
    String text = TextRenderer.builder().width(60).build().render(condition);
    check(
        "render text",
        text.contains(condition.name())
            && text.lines().allMatch(l -> l.codePointCount(0, l.length()) <= 60),
        text.length() + " chars");

    // Both formats found by name: the modules' `provides` and the model's `uses`.
    String formats =
        Renderers.providers().stream()
            .map(p -> p.format())
            .sorted()
            .collect(Collectors.joining(","));
    check("service providers", formats.equals("html,text"), formats);
    Renderer byName = Renderers.create("text", RenderOptions.defaults().withWidth(60));
    check("render by name", byName.render(condition).equals(text), byName.format());

    // Override one part; the rest renders as before.
    HtmlRenderer cards =
        HtmlRenderer.builder()
            .partRenderer(
                FirstAidStep.class,
                (step, ctx) ->
                    ctx.writer().open("li", "class", "card").text(step.instruction()).close("li"))
            .build();
    String overridden = cards.render(condition);
    long steps = condition.firstAid().map(f -> f.items().size()).orElse(0);
    long found = overridden.split("<li class=\"card\"", -1).length - 1;
    check(
        "override a part",
        steps > 0 && found == steps && overridden.contains(escape(condition.name())),
        found + " of " + steps + " steps");

    // Labels from the model's resources, in a named module.
    Labels en = Labels.forLanguage("en");
    Labels ru = Labels.forLanguage("ru");
    check(
        "labels",
        !ru.part(PartKind.SYMPTOMS).equals(en.part(PartKind.SYMPTOMS)),
        en.part(PartKind.SYMPTOMS) + " / " + ru.part(PartKind.SYMPTOMS));

    if (!FAILURES.isEmpty()) {
      System.exit(1);
    }
    System.out.println("module-test: all checks passed");
  }

  private static void check(String step, boolean ok, String detail) {
    if (ok) {
      System.out.println("ok " + step + ": " + detail);
    } else {
      System.out.println("FAILED " + step + ": " + detail);
      FAILURES.add(step);
    }
  }

  private static String escape(String text) {
    return text.replace("&", "&amp;").replace("<", "&lt;").replace(">", "&gt;");
  }
}

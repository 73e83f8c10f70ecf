package dev.caresheet.render.html;

import dev.caresheet.codec.ConditionCodec;
import dev.caresheet.model.Attribution;
import dev.caresheet.model.BodySiteVariant;
import dev.caresheet.model.Callout;
import dev.caresheet.model.CalloutKind;
import dev.caresheet.model.Cause;
import dev.caresheet.model.Causes;
import dev.caresheet.model.Complication;
import dev.caresheet.model.Complications;
import dev.caresheet.model.Condition;
import dev.caresheet.model.ConditionType;
import dev.caresheet.model.Contributor;
import dev.caresheet.model.ContributorKind;
import dev.caresheet.model.Diagnosis;
import dev.caresheet.model.DiagnosticTest;
import dev.caresheet.model.DifferentialDiagnoses;
import dev.caresheet.model.DifferentialDiagnosis;
import dev.caresheet.model.FirstAid;
import dev.caresheet.model.FirstAidStep;
import dev.caresheet.model.License;
import dev.caresheet.model.LivingWith;
import dev.caresheet.model.Mechanism;
import dev.caresheet.model.Mechanisms;
import dev.caresheet.model.Outlook;
import dev.caresheet.model.Prevention;
import dev.caresheet.model.PreventionMeasure;
import dev.caresheet.model.Prognosis;
import dev.caresheet.model.Recommendation;
import dev.caresheet.model.Reference;
import dev.caresheet.model.Section;
import dev.caresheet.model.SeekHelpAdvice;
import dev.caresheet.model.SelfCare;
import dev.caresheet.model.SelfCareTip;
import dev.caresheet.model.SupportResource;
import dev.caresheet.model.Symptom;
import dev.caresheet.model.SymptomGroup;
import dev.caresheet.model.Symptoms;
import dev.caresheet.model.Treatment;
import dev.caresheet.model.TreatmentKind;
import dev.caresheet.model.TreatmentOption;
import dev.caresheet.model.Trigger;
import dev.caresheet.model.Triggers;
import dev.caresheet.model.Types;
import dev.caresheet.model.Urgency;
import dev.caresheet.model.WhenToSeekHelp;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.function.UnaryOperator;

/** Documents for tests. */
final class Documents {
  private Documents() {}

  /** The leg-cramps example of the examples module, the real document. */
  static Condition legCramps() {
    try {
      return ConditionCodec.defaults().read(Path.of("../examples/content/leg-cramps.json"));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /**
   * A document with every field the model has filled in, every part present, an outline that puts
   * mechanisms before the causes they link to, and every text made by {@code text} from a name
   * unique to its field (so {@code text} can make every text the same hostile string, or keep the
   * name).
   */
  static Condition rich(UnaryOperator<String> text) {
    return Condition.builder()
        .schema("https://caresheet.dev/schema/condition/v1/condition.schema.json")
        .id("rich")
        .language("en")
        .name(text.apply("name"))
        .addAlternateNames(text.apply("alternate name 1"), text.apply("alternate name 2"))
        .summary(text.apply("summary"))
        .addDescription(text.apply("description 1"), text.apply("description 2"))
        .addAffectedAnatomy(text.apply("anatomy 1"), text.apply("anatomy 2"))
        .addCallout(Callout.of(CalloutKind.IMPORTANT, text.apply("top callout")))
        .addCallout(
            Callout.builder()
                .kind(CalloutKind.WARNING)
                .title(text.apply("top callout title"))
                .text(text.apply("top callout 2"))
                .build())
        .symptoms(
            Symptoms.builder()
                .addItem(
                    Symptom.builder()
                        .name(text.apply("symptom 1"))
                        .description(text.apply("symptom 1 description"))
                        .build())
                .addItem(Symptom.of(text.apply("symptom 2")))
                .addGroup(
                    SymptomGroup.builder()
                        .title(text.apply("symptom group"))
                        .addIntro(text.apply("symptom group intro"))
                        .addItem(Symptom.of(text.apply("symptom 3")))
                        .build())
                .build())
        .types(
            Types.builder()
                .stages(true)
                .addItem(
                    ConditionType.builder()
                        .name(text.apply("stage 1"))
                        .description(text.apply("stage 1 description"))
                        .build())
                .addItem(ConditionType.of(text.apply("stage 2")))
                .build())
        .differentialDiagnoses(
            DifferentialDiagnoses.builder()
                .heading(text.apply("ddx heading"))
                .addIntro(text.apply("ddx intro"))
                .addCallout(Callout.of(CalloutKind.NOTE, text.apply("ddx callout")))
                .addItem(
                    DifferentialDiagnosis.of(text.apply("ddx name"), text.apply("ddx distinction")))
                .addConclusion(text.apply("ddx conclusion"))
                .build())
        .causes(
            Causes.builder()
                .addIntro(text.apply("causes intro"))
                .addItem(Cause.of("dehydration", text.apply("cause 1")))
                .addItem(
                    Cause.builder()
                        .id("low-magnesium")
                        .name(text.apply("cause 2"))
                        .description(text.apply("cause 2 description"))
                        .build())
                .build())
        .mechanisms(
            Mechanisms.builder()
                .addItem(
                    Mechanism.builder()
                        .id("fatigue")
                        .name(text.apply("mechanism"))
                        .addDescription(text.apply("mechanism 1"), text.apply("mechanism 2"))
                        .addCauses("dehydration", "low-magnesium")
                        .build())
                .build())
        .triggers(
            Triggers.builder()
                .addItem(
                    Trigger.builder()
                        .name(text.apply("trigger"))
                        .description(text.apply("trigger description"))
                        .build())
                .addItem(Trigger.builder().name(text.apply("trigger 2")).build())
                .build())
        .diagnosis(
            Diagnosis.builder()
                .addIntro(text.apply("diagnosis intro"))
                .addItem(
                    DiagnosticTest.builder()
                        .name(text.apply("test"))
                        .description(text.apply("test description"))
                        .build())
                .build())
        .firstAid(
            FirstAid.builder()
                .addIntro(text.apply("first aid intro"))
                .addItem(
                    FirstAidStep.builder()
                        .instruction(text.apply("step 1"))
                        .detail(text.apply("step 1 detail"))
                        .addVariant(
                            BodySiteVariant.of(
                                text.apply("site 1"), text.apply("site 1 instruction")))
                        .addVariant(
                            BodySiteVariant.of(
                                text.apply("site 2"), text.apply("site 2 instruction")))
                        .addCaution(text.apply("caution 1"))
                        .build())
                .addItem(FirstAidStep.of(text.apply("step 2")))
                .build())
        .selfCare(
            SelfCare.builder()
                .addItem(
                    SelfCareTip.builder()
                        .text(text.apply("tip"))
                        .detail(text.apply("tip detail"))
                        .build())
                .addItem(SelfCareTip.of(Recommendation.DO, text.apply("do")))
                .addItem(SelfCareTip.of(Recommendation.DONT, text.apply("dont")))
                .build())
        .treatment(
            Treatment.builder()
                .addItem(
                    TreatmentOption.builder()
                        .name(text.apply("medicine"))
                        .kind(TreatmentKind.MEDICINE)
                        .description(text.apply("medicine description"))
                        .addCaution(text.apply("medicine caution"))
                        .build())
                .addItem(
                    TreatmentOption.builder()
                        .name(text.apply("lifestyle"))
                        .kind(TreatmentKind.LIFESTYLE)
                        .build())
                .addItem(TreatmentOption.of(text.apply("therapy")))
                .build())
        .whenToSeekHelp(
            WhenToSeekHelp.builder()
                .addItem(
                    SeekHelpAdvice.builder()
                        .situation(text.apply("emergency"))
                        .urgency(Urgency.EMERGENCY)
                        .addAdvice(text.apply("emergency advice"))
                        .build())
                .addItem(
                    SeekHelpAdvice.builder()
                        .situation(text.apply("routine"))
                        .urgency(Urgency.ROUTINE)
                        .build())
                .addItem(SeekHelpAdvice.builder().situation(text.apply("no urgency")).build())
                .build())
        .complications(
            Complications.builder()
                .addItem(
                    Complication.builder()
                        .name(text.apply("complication"))
                        .description(text.apply("complication description"))
                        .build())
                .build())
        .outlook(
            Outlook.builder()
                .addIntro(text.apply("outlook intro"))
                .addItem(
                    Prognosis.builder()
                        .name(text.apply("prognosis"))
                        .description(text.apply("prognosis description"))
                        .build())
                .build())
        .prevention(
            Prevention.builder()
                .addItem(
                    PreventionMeasure.builder()
                        .name(text.apply("prevention"))
                        .description(text.apply("prevention description"))
                        .build())
                .addConclusion(text.apply("prevention conclusion"))
                .build())
        .livingWith(
            LivingWith.builder()
                .addIntro(text.apply("living with intro"))
                .addItem(
                    SupportResource.builder()
                        .name(text.apply("support"))
                        .description(text.apply("support description"))
                        .url("https://example.org/support?q=" + urlSafe(text.apply("support-url")))
                        .build())
                .build())
        .addSection(
            Section.builder()
                .id("pregnancy")
                .title(text.apply("section title"))
                .addCallout(Callout.of(CalloutKind.NOTE, text.apply("section callout")))
                .addBody(text.apply("section body 1"), text.apply("section body 2"))
                .build())
        .addOutline("mechanisms", "causes")
        .attribution(
            Attribution.builder()
                .addAuthor(
                    Contributor.builder()
                        .name(text.apply("author"))
                        .credentials(text.apply("author credentials"))
                        .url("https://example.org/people/" + urlSafe(text.apply("author-url")))
                        .build())
                .addReviewer(Contributor.builder().name(text.apply("reviewer")).build())
                .publisher(
                    Contributor.builder()
                        .kind(ContributorKind.ORGANIZATION)
                        .name(text.apply("publisher organisation"))
                        .credentials(text.apply("publisher description"))
                        .build())
                .published(LocalDate.of(2020, 1, 2))
                .modified(LocalDate.of(2024, 4, 30))
                .lastReviewed(LocalDate.of(2024, 5, 1))
                .nextReview(LocalDate.of(2027, 5, 1))
                .license(
                    License.of(
                        text.apply("licence"), "https://creativecommons.org/licenses/by/4.0/"))
                .build())
        .addReference(
            Reference.builder()
                .title(text.apply("reference"))
                .url("https://example.org/ref?q=" + urlSafe(text.apply("reference-url")))
                .publisher(text.apply("publisher"))
                .build())
        .addReference(Reference.builder().title(text.apply("reference 2")).build())
        .addRelated("migraine")
        .build();
  }

  /** The text without white space, which a URL cannot hold. */
  private static String urlSafe(String text) {
    StringBuilder sb = new StringBuilder();
    text.codePoints()
        .filter(cp -> !Character.isWhitespace(cp) && !Character.isSpaceChar(cp))
        .forEach(sb::appendCodePoint);
    return sb.toString();
  }

  /** Every text of {@link #rich} is its field name: readable documents for exact assertions. */
  static Condition rich() {
    return rich(UnaryOperator.identity());
  }

  /** The smallest valid document. */
  static Condition minimal() {
    return Condition.builder().id("minimal").language("en").name("Minimal").build();
  }
}

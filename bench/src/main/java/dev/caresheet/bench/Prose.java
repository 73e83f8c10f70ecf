package dev.caresheet.bench;

import java.util.List;
import java.util.SplittableRandom;

/**
 * Realistic article prose for the benchmark corpus: sentences assembled from phrase banks in the
 * register of patient-information articles (the leg-cramps example's), in English or Russian, with
 * the typographic punctuation edited content has (’ “ ” –). Deterministic: the same random source
 * gives the same text.
 *
 * <p>Not hostile on purpose: the property tests' generators cover hostile Unicode; the benchmarks
 * need the sizes, word lengths and character mix of real articles.
 */
final class Prose {

  /** One language's phrase banks. */
  record Bank(
      List<String> openers,
      List<String> subjects,
      List<String> verbs,
      List<String> objects,
      List<String> tails,
      List<String> nouns,
      List<String> adjectives,
      List<String> sites,
      List<String> imperatives) {}

  static final Bank EN =
      new Bank(
          List.of(
              "In most adults,",
              "At night,",
              "During pregnancy,",
              "In older people,",
              "After heavy exercise,",
              "In children,",
              "As a rule,",
              "In rare cases,",
              "For many patients,",
              "In the first days,",
              "Without treatment,",
              "Over time,",
              "In generally healthy people,",
              "When the weather changes,",
              ""),
          List.of(
              "the muscles of the lower leg",
              "the nervous regulation of the muscles",
              "the blood supply to the tissues",
              "a lack of magnesium and potassium",
              "the threshold of excitability",
              "the body’s ion balance",
              "chronic fatigue",
              "the central nervous system",
              "a sedentary lifestyle",
              "dehydration",
              "the immune response",
              "inflammation of the joints",
              "the metabolism of muscle tissue",
              "the cardiovascular system",
              "a sudden change in physical activity",
              "emotional stress",
              "the skin over the affected area",
              "the small blood vessels",
              "a family history",
              "the hormonal balance"),
          List.of(
              "can make",
              "often leads to",
              "gradually reduces",
              "is closely linked to",
              "may worsen",
              "usually precedes",
              "changes",
              "protects against",
              "depends on",
              "tends to increase",
              "rarely causes",
              "is made worse by",
              "is relieved by",
              "slowly restores",
              "directly affects"),
          List.of(
              "spontaneous contractions of the calf",
              "pain that lasts several minutes",
              "the supply of oxygen and nutrients",
              "a persistent feeling of heaviness",
              "the risk of complications",
              "sleep during the second half of the night",
              "the way the muscle fibres relax",
              "swelling around the ankle",
              "the body’s reserves of vitamins D and B",
              "stiffness the next morning",
              "the excitability of motor neurons",
              "how well the person recovers",
              "the need for medical supervision",
              "symptoms that come and go",
              "a short episode of numbness",
              "the build-up of lactic acid"),
          List.of(
              "",
              "",
              "",
              ", especially in the calf",
              ", although the effect is usually short-lived",
              ", which is why regular check-ups matter",
              " – sometimes within hours",
              ", and the person may not notice it at first",
              " more than most people expect",
              " in about one case in five",
              ", as several large studies have shown",
              ", so a doctor should look at the whole picture"),
          List.of(
              "cramps",
              "spasm",
              "fatigue",
              "swelling",
              "numbness",
              "headache",
              "fever",
              "stiffness",
              "weakness",
              "tingling",
              "pain",
              "insomnia",
              "dizziness",
              "nausea",
              "inflammation",
              "deficiency",
              "strain",
              "dehydration",
              "reflux",
              "anaemia",
              "migraine",
              "neuropathy",
              "arthritis",
              "tendinitis",
              "bursitis",
              "sciatica",
              "gout",
              "eczema",
              "asthma",
              "bronchitis",
              "sinusitis",
              "vertigo",
              "tremor",
              "Ménière’s disease",
              "Sjögren’s syndrome",
              "Raynaud’s phenomenon"),
          List.of(
              "acute",
              "chronic",
              "nocturnal",
              "mild",
              "recurrent",
              "seasonal",
              "muscular",
              "vascular",
              "latent",
              "primary",
              "secondary",
              "idiopathic",
              "post-viral",
              "hidden",
              "local",
              "general",
              "sudden",
              "persistent",
              "exercise-induced",
              "age-related"),
          List.of(
              "Calf muscles",
              "Back of the thigh",
              "Front of the thigh",
              "Feet and toes",
              "Lower back",
              "Neck and shoulders",
              "Hands and wrists",
              "Knees",
              "Ankles",
              "Hips",
              "Abdomen",
              "Chest wall",
              "Forearms",
              "Jaw",
              "Scalp",
              "Eyes",
              "Skin",
              "Joints"),
          List.of(
              "Stretch the affected muscle slowly",
              "Massage the muscle with firm strokes",
              "Stand up and put your weight on the leg",
              "Apply a warm compress",
              "Drink a glass of water",
              "Sit down and rest for a few minutes",
              "Pull your toes towards your knee",
              "Walk around the room on your heels",
              "Take slow, deep breaths",
              "Raise the leg on a pillow",
              "Loosen tight clothing",
              "Cool the area with a wrapped ice pack",
              "Write down when the symptoms started",
              "Call someone to stay with you"));

  static final Bank RU =
      new Bank(
          List.of(
              "У большинства взрослых",
              "Ночью",
              "Во время беременности",
              "У пожилых людей",
              "После тяжёлой нагрузки",
              "У детей",
              "Как правило,",
              "В редких случаях",
              "Со временем",
              "Без лечения",
              ""),
          List.of(
              "мышцы голени",
              "нервная регуляция мышц",
              "кровоснабжение тканей",
              "недостаток магния и калия",
              "порог возбудимости",
              "ионный баланс организма",
              "хроническая усталость",
              "центральная нервная система",
              "малоподвижный образ жизни",
              "обезвоживание",
              "обмен веществ в мышечной ткани",
              "эмоциональный стресс"),
          List.of(
              "может вызывать",
              "часто приводит к",
              "постепенно снижает",
              "тесно связан с",
              "может усиливать",
              "обычно предшествует",
              "влияет на",
              "защищает от"),
          List.of(
              "спонтанным сокращениям икроножной мышцы",
              "боли, которая длится несколько минут",
              "снабжению тканей кислородом",
              "ощущению тяжести в ногах",
              "риску осложнений",
              "расслаблению мышечных волокон",
              "отёку в области лодыжки",
              "запасам витаминов D и группы B",
              "скованности по утрам"),
          List.of(
              "",
              "",
              ", особенно в икрах",
              ", хотя эффект обычно кратковременный",
              " – иногда в течение нескольких часов",
              ", поэтому важны регулярные осмотры"),
          List.of(
              "судороги",
              "спазм",
              "усталость",
              "отёк",
              "онемение",
              "головная боль",
              "слабость",
              "покалывание",
              "боль",
              "бессонница",
              "головокружение",
              "воспаление",
              "дефицит",
              "перенапряжение",
              "мигрень",
              "артрит",
              "подагра",
              "астма"),
          List.of(
              "острый",
              "хронический",
              "ночной",
              "лёгкий",
              "повторяющийся",
              "сезонный",
              "мышечный",
              "сосудистый",
              "скрытый",
              "внезапный",
              "стойкий"),
          List.of(
              "Икроножные мышцы",
              "Задняя поверхность бедра",
              "Передняя поверхность бедра",
              "Стопы и пальцы",
              "Поясница",
              "Шея и плечи",
              "Кисти",
              "Колени",
              "Лодыжки"),
          List.of(
              "Медленно растяните мышцу",
              "Помассируйте мышцу",
              "Встаньте и перенесите вес на ногу",
              "Приложите тёплый компресс",
              "Выпейте стакан воды",
              "Сядьте и отдохните",
              "Потяните носок стопы на себя",
              "Пройдитесь по комнате на пятках"));

  private final Bank bank;
  private final SplittableRandom random;

  Prose(Bank bank, SplittableRandom random) {
    this.bank = bank;
    this.random = random;
  }

  Bank bank() {
    return bank;
  }

  int between(int min, int max) {
    return min + random.nextInt(max - min + 1);
  }

  boolean chance(double p) {
    return random.nextDouble() < p;
  }

  <T> T pick(List<T> values) {
    return values.get(random.nextInt(values.size()));
  }

  /** One sentence, capitalised, ending in a full stop. */
  String sentence() {
    String opener = pick(bank.openers());
    StringBuilder sb = new StringBuilder();
    if (!opener.isEmpty()) {
      sb.append(opener).append(' ');
    }
    sb.append(pick(bank.subjects()))
        .append(' ')
        .append(pick(bank.verbs()))
        .append(' ')
        .append(pick(bank.objects()))
        .append(pick(bank.tails()));
    if (chance(0.15)) {
      sb.append(" (")
          .append(pick(bank.adjectives()))
          .append(' ')
          .append(pick(bank.nouns()))
          .append(')');
    }
    if (chance(0.08)) {
      sb.append(": “").append(pick(bank.nouns())).append("”");
    }
    sb.append('.');
    return capitalise(sb.toString());
  }

  /** Several sentences. */
  String sentences(int min, int max) {
    int n = between(min, max);
    StringBuilder sb = new StringBuilder(sentence());
    for (int i = 1; i < n; i++) {
      sb.append(' ').append(sentence());
    }
    return sb.toString();
  }

  /** A paragraph of three to six sentences, the length of an article's paragraphs. */
  String paragraph() {
    return sentences(3, 6);
  }

  /** A short name: "Nocturnal cramps", "Chronic fatigue". */
  String name() {
    return capitalise(pick(bank.adjectives()) + " " + pick(bank.nouns()));
  }

  /** A heading: a short noun phrase. */
  String heading() {
    String subject = pick(bank.subjects());
    return capitalise(bank == RU ? subject : "How " + subject + " matters");
  }

  static String capitalise(String s) {
    if (s.isEmpty()) {
      return s;
    }
    int first = s.codePointAt(0);
    return new StringBuilder()
        .appendCodePoint(Character.toUpperCase(first))
        .append(s, Character.charCount(first), s.length())
        .toString();
  }
}

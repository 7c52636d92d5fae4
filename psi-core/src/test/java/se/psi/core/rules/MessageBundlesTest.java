package se.psi.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.psi.core.documentation.domain.InnovationOrigin;
import se.psi.core.grant.domain.Criterion;
import se.psi.core.grant.domain.GrantOutcome;
import se.psi.core.grant.domain.ProjectPart;
import se.psi.core.grant.domain.GrantStatus;
import se.psi.core.meeting.domain.MeetingFormat;
import se.psi.core.meeting.domain.MeetingStatus;
import se.psi.core.plan.domain.ActivityStatus;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.PriorityArea;
import se.psi.core.shared.Sector;

/**
 * PRI-1: every user-facing sentence exists in Swedish and English, every key the code uses exists, and every sentence
 * reads right in both languages when filled with the values the code passes ({@link TypicalArguments}).
 */
class MessageBundlesTest {

  private static final Pattern KEY_LITERAL = Pattern.compile(
      "\"\\{?((?:membership|committee|contact|organisationNumber|constraint|rejection|ruleset|partner"
          + "|explanation|verdict|meeting|presentation|plan|documentation|agenda|grant|advisory|idea|project\\.prj)\\.[A-Za-z0-9.]+"
          + "|\\{organisation\\.[A-Za-z0-9.]+)\\}?\"");
  private static final Pattern CONSTRAINT = Pattern.compile("@(NotNull|NotBlank|NotEmpty|Size|Email|Pattern|Positive"
      + "|PositiveOrZero|Min|Max|AssertTrue|Past|Future)\\b");

  /** {@code {1,indefinite}}, {@code {0,held,1}}: an enum argument in a named form (see {@link Messages}). */
  private static final Pattern FORM = Pattern.compile("\\{(\\d+),([a-z][A-Za-z]*)(?:,(\\d+))?}");
  private static final Set<String> FORMAT_TYPES = Set.of("number", "date", "time", "choice");
  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
  private static final Pattern UPPER_SNAKE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");
  private static final Pattern RAW_KEY = Pattern.compile("\\b[a-z]+\\.[a-z][A-Za-z0-9]*\\b");
  /** "2 025", "2,025": a year (or a small figure) grouped like an amount; "1 500 000" is an amount and passes. */
  private static final Pattern GROUPED_YEAR =
      Pattern.compile("\\b[12][\\s\\u00a0\\u202f,.']\\d{3}(?![\\s\\u00a0\\u202f,.']?\\d)");
  private static final Locale SWEDISH = Locale.forLanguageTag("sv");

  private final Properties swedish = load("/se/psi/core/messages.properties");
  private final Properties english = load("/se/psi/core/messages_en.properties");

  @Test
  void PRI_1_swedish_and_english_have_exactly_the_same_keys() {
    assertThat(new TreeSet<>(english.stringPropertyNames())).isEqualTo(new TreeSet<>(swedish.stringPropertyNames()));
  }

  @Test
  void every_message_key_written_in_the_code_exists() throws IOException {
    Set<String> used = new TreeSet<>();
    for (String source : sources()) {
      Matcher literal = KEY_LITERAL.matcher(source);
      while (literal.find()) {
        String key = literal.group(1).replace("{", "");
        if (!key.endsWith(".")) {
          used.add(key);
        }
      }
      Matcher constraint = CONSTRAINT.matcher(source);
      while (constraint.find()) {
        used.add("constraint." + constraint.group(1));
      }
    }
    for (Verdict verdict : Verdict.values()) {
      used.add("verdict." + verdict.name());
    }
    for (GrantStatus status : GrantStatus.values()) {
      used.add("grant.illegalTransition." + status.name());
    }

    assertThat(used).hasSizeGreaterThan(50).allSatisfy(key -> assertThat(swedish).containsKey(key));
  }

  @Test
  void every_enum_shown_to_people_has_a_name_in_both_languages() {
    Stream.of(Sector.values(), OrganisationKind.values(), MeetingFormat.values(), MeetingStatus.values(),
        ActivityStatus.values(), InnovationOrigin.values(), PriorityArea.values(), Criterion.values(),
        GrantOutcome.values(), ProjectPart.values(),
        RuleSetParameter.values())
        .flatMap(Stream::of).forEach(constant -> {
      String key = constant.getDeclaringClass().getSimpleName() + "." + constant.name();
      assertThat(swedish).containsKey(key);
      assertThat(english).containsKey(key);
    });
  }

  @Test
  void PRI_1_swedish_and_english_use_the_same_placeholders_and_forms() {
    for (String key : swedish.stringPropertyNames()) {
      assertThat(placeholders(english.getProperty(key))).as(key).isEqualTo(placeholders(swedish.getProperty(key)));
      assertThat(forms(english.getProperty(key))).as(key).isEqualTo(forms(swedish.getProperty(key)));
    }
  }

  @Test
  void PRI_1_every_apostrophe_is_written_twice_as_a_message_format_needs() {
    for (Properties bundle : List.of(swedish, english)) {
      for (String key : bundle.stringPropertyNames()) {
        assertThat(bundle.getProperty(key)).as(key).doesNotContainPattern("(?<!')'(?!')");
      }
    }
  }

  @Test
  void PRI_1_every_message_with_placeholders_says_what_they_hold() {
    for (String key : swedish.stringPropertyNames()) {
      Set<Integer> used = placeholders(swedish.getProperty(key));
      if (!used.isEmpty()) {
        assertThat(TypicalArguments.of(key, true)).as("describe the arguments of %s in TypicalArguments", key)
            .hasSizeGreaterThan(used.stream().max(Integer::compare).orElseThrow());
      }
    }
  }

  @Test
  void PRI_1_every_form_a_sentence_asks_for_exists_for_every_constant_in_both_languages() {
    for (String key : swedish.stringPropertyNames()) {
      Matcher form = FORM.matcher(swedish.getProperty(key));
      while (form.find()) {
        if (FORMAT_TYPES.contains(form.group(2))) {
          continue;
        }
        TypicalArguments.Arg arg = TypicalArguments.of(key, true).get(Integer.parseInt(form.group(1)));
        assertThat(arg.kind()).as("%s asks for a form of argument %s", key, form.group(1))
            .isEqualTo(TypicalArguments.Kind.ENUM);
        for (Object constant : arg.values()) {
          String formKey = nameKey((Enum<?>) constant) + "." + form.group(2);
          assertThat(swedish).as(key).containsKey(formKey);
          assertThat(english).as(key).containsKey(formKey);
        }
      }
    }
  }

  @Test
  void PRI_1_every_message_reads_as_text_in_both_languages_with_the_values_the_code_passes() {
    List<String> problems = new ArrayList<>();
    for (Locale language : List.of(SWEDISH, Locale.ENGLISH)) {
      Messages messages = Messages.forLocale(language);
      for (String key : new TreeSet<>(swedish.stringPropertyNames())) {
        if (key.endsWith(Messages.REMEDY)) {
          continue;  // read as the end of its reason, which holds every argument
        }
        List<TypicalArguments.Arg> args = TypicalArguments.of(key,
            !placeholders(swedish.getProperty(key) + swedish.getProperty(key + Messages.REMEDY, "")).isEmpty());
        Object[] typical = baseline(args);
        problems.addAll(problems(language, key, args, typical, messages.reason(key, typical)));
        // Each placeholder in turn takes each of its values, the others keeping their first.
        for (int index = 0; index < args.size(); index++) {
          for (Object value : args.get(index).values()) {
            Object[] filled = baseline(args);
            filled[index] = value;
            problems.addAll(problems(language, key, args, filled, messages.reason(key, filled)));
          }
          if (args.get(index).kind() == TypicalArguments.Kind.COUNT) {
            problems.addAll(plural(language, messages, key, args, index));
          }
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void PRI_1_every_enum_passed_to_a_message_has_a_name_in_both_languages() {
    TypicalArguments.CORE.values().stream().flatMap(List::stream)
        .filter(arg -> arg.kind() == TypicalArguments.Kind.ENUM)
        .flatMap(arg -> arg.values().stream())
        .forEach(constant -> {
          String key = nameKey((Enum<?>) constant);
          assertThat(swedish).containsKey(key);
          assertThat(english).containsKey(key);
        });
  }

  private static Object[] baseline(List<TypicalArguments.Arg> args) {
    Object[] filled = new Object[args.size()];
    for (int i = 0; i < filled.length; i++) {
      filled[i] = args.get(i).values().get(0);
    }
    return filled;
  }

  /** What is wrong with one rendering: a raw key, a placeholder, an enum constant, a grouped year, a wrong amount. */
  private static List<String> problems(Locale language, String key, List<TypicalArguments.Arg> args, Object[] filled,
      String text) {
    List<String> problems = new ArrayList<>();
    String where = language.getLanguage() + " " + key + " " + java.util.Arrays.toString(filled) + ": " + text;
    if (text.equals(key) || RAW_KEY.matcher(text).find()) {
      problems.add("a raw key in " + where);
    }
    if (text.contains("{") || text.contains("}") || text.contains("''")) {
      problems.add("a placeholder or quote left in " + where);
    }
    if (UPPER_SNAKE.matcher(text).find()) {
      problems.add("an enum constant in " + where);
    }
    if (GROUPED_YEAR.matcher(text).find()) {
      problems.add("a year or figure grouped like an amount in " + where);
    }
    for (int i = 0; i < args.size(); i++) {
      TypicalArguments.Arg arg = args.get(i);
      if (arg.kind() == TypicalArguments.Kind.ENUM
          && Pattern.compile("\\b" + ((Enum<?>) filled[i]).name() + "\\b").matcher(text).find()) {
        problems.add("the constant " + filled[i] + " in " + where);
      }
      if (arg.kind() == TypicalArguments.Kind.YEAR && !text.contains(String.valueOf(filled[i]))) {
        problems.add("the year " + filled[i] + " not written as a year in " + where);
      }
      if (arg.kind() == TypicalArguments.Kind.AMOUNT && filled[i].equals(50_000L)) {
        boolean right = language.equals(Locale.ENGLISH)
            ? text.contains("SEK ") && text.contains("50,000") && !text.contains(" kr")
            : text.contains("50\u00a0000") && text.contains(" kr") && !text.contains("SEK");
        if (!right) {
          problems.add("an amount not written as \"50 000 kr\" or \"SEK 50,000\" in " + where);
        }
      }
    }
    return problems;
  }

  /** A count's noun agrees with it: the sentence for 1 differs from the one for 2 by more than the figure. */
  private static List<String> plural(Locale language, Messages messages, String key, List<TypicalArguments.Arg> args,
      int index) {
    if (TypicalArguments.INVARIANT_NOUNS.contains(language.getLanguage() + " " + key + " " + index)) {
      return List.of();
    }
    Object[] one = baseline(args);
    Object[] two = baseline(args);
    boolean longs = one[index] instanceof Long;
    one[index] = longs ? (Object) 1L : (Object) 1;
    two[index] = longs ? (Object) 2L : (Object) 2;
    String singular = messages.reason(key, one).replaceAll("(?<![\\p{L}\\d-])1(?![\\p{L}\\d-])", "N");
    String plural = messages.reason(key, two).replaceAll("(?<![\\p{L}\\d-])2(?![\\p{L}\\d-])", "N");
    return singular.equals(plural)
        ? List.of("no plural for argument " + index + " of " + language.getLanguage() + " " + key + ": " + singular)
        : List.of();
  }

  private static Set<Integer> placeholders(String pattern) {
    Set<Integer> indexes = new TreeSet<>();
    Matcher argument = ARGUMENT.matcher(pattern);
    while (argument.find()) {
      indexes.add(Integer.parseInt(argument.group(1)));
    }
    return indexes;
  }

  private static Set<String> forms(String pattern) {
    Set<String> forms = new TreeSet<>();
    Matcher form = FORM.matcher(pattern);
    while (form.find()) {
      if (!FORMAT_TYPES.contains(form.group(2))) {
        forms.add(form.group());
      }
    }
    return forms;
  }

  private static String nameKey(Enum<?> constant) {
    return constant.getDeclaringClass().getSimpleName() + "." + constant.name();
  }

  private static Set<String> sources() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      Set<String> texts = new java.util.HashSet<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        texts.add(Files.readString(file));
      }
      return texts;
    }
  }

  private static Properties load(String resource) {
    try (InputStream in = MessageBundlesTest.class.getResourceAsStream(resource)) {
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

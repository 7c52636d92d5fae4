package se.psi.core.rules;

import java.text.MessageFormat;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * User-facing sentences from the bundle {@code se/psi/core/messages}: Swedish in the base file (the default) and
 * English in {@code _en}. No sentence is written in Java. The JVM's default locale never leaks in: an unknown
 * language gets Swedish.
 *
 * <p>Each sentence is a {@link MessageFormat} pattern in the language's own bundle, so numbers follow the language:
 * <ul>
 *   <li>A count is pluralised with a choice format, e.g. {@code {0,choice,0#{0} brister|1#{0} brist|1<{0} brister}}.
 *       Swedish and English have the same two plural categories for whole numbers (one, other), so java.text's
 *       choice format says everything either language needs; ICU4J's plural rules would add a dependency and
 *       nothing more. A language with more categories would be the reason to take ICU4J.</li>
 *   <li>A year is written {@code {0,number,#}}: 2025, never the grouped "2 025" or "2,025". A date is a
 *       {@code LocalDate}, shown as ISO 8601 (2025-03-01). An amount in kronor is grouped by the language:
 *       "50 000 kr", "SEK 50,000".</li>
 *   <li>An enum argument shows its name in the bundle, {@code <EnumType>.<CONSTANT>}. A sentence that needs another
 *       grammatical form asks for it by name: {@code {1,indefinite}} shows {@code <EnumType>.<CONSTANT>.indefinite}
 *       ("en kommun", "ett trossamfund"), and {@code {0,held,1}} shows the form {@code held}, itself a pattern, with
 *       argument 1 as its {@code {0}} ("2 genomförda stormöten"). Swedish nouns have a gender and the form carries
 *       it, so a sentence never puts an article or an adjective in front of a name it does not know.</li>
 * </ul>
 */
public final class Messages {

  /** The bundle's base name, for hosts and tests that read it directly. */
  public static final String BUNDLE = "se.psi.core.messages";

  public static final Locale SWEDISH = Locale.forLanguageTag("sv");

  /** The suffix of the key that says what would meet a rule not met: {@code membership.mem4.missing.remedy}. */
  public static final String REMEDY = ".remedy";

  private static final ResourceBundle.Control NO_DEFAULT_LOCALE_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  /** {@code {1,indefinite}} or {@code {0,held,1}}: an argument in a named form, optionally with a count. */
  private static final Pattern FORM = Pattern.compile("\\{(\\d+),([a-z][A-Za-z]*)(?:,(\\d+))?}");
  private static final Set<String> FORMAT_TYPES = Set.of("number", "date", "time", "choice");

  // The two languages, loaded once: every decision and every response asks for one.
  private static final Messages IN_SWEDISH = load(SWEDISH);
  private static final Messages IN_ENGLISH = load(Locale.ENGLISH);

  /**
   * Parsed patterns, one set per thread: a {@link MessageFormat} is costly to parse (it sets up a number format per
   * argument) and unsafe to share, and an explanation formats a dozen sentences. Bounded by the bundle's patterns.
   */
  private static final int MOST_PATTERNS_PER_THREAD = 2_000;
  /** Enough for every sentence of the rules with the names of many organisations; beyond it, started afresh. */
  private static final int MOST_REMEMBERED_SENTENCES = 20_000;

  private final ResourceBundle bundle;
  private final Locale locale;
  private final ThreadLocal<Map<String, MessageFormat>> parsed = ThreadLocal.withInitial(HashMap::new);
  /**
   * Sentences once formatted, by key and arguments: an explanation formats a dozen, mostly the same ones on every
   * request (a board decision missing, the committee's counts under AU-2), and a {@link MessageFormat} with number
   * and choice formats costs far more than finding its text again. Only arguments that are values are remembered.
   */
  private final Map<Sentence, String> remembered = new ConcurrentHashMap<>();

  private record Sentence(String key, List<Object> args) {}

  private Messages(ResourceBundle bundle, Locale locale) {
    this.bundle = bundle;
    this.locale = locale;
  }

  public static Messages forLocale(Locale locale) {
    return "en".equals(locale.getLanguage()) ? IN_ENGLISH : IN_SWEDISH;
  }

  private static Messages load(Locale language) {
    return new Messages(ResourceBundle.getBundle(BUNDLE, language, NO_DEFAULT_LOCALE_FALLBACK), language);
  }

  /**
   * The sentence for {@code key} with {@code args}; a missing key shows itself rather than failing a decision. An
   * enum argument is shown by its name in the bundle ({@code <EnumType>.<CONSTANT>}) when it has one, or in the
   * form the sentence asks for.
   */
  public String format(String key, Object... args) {
    if (!formatsAlike(args)) {
      return formatted(key, args);
    }
    Sentence sentence = new Sentence(key, List.of(args));
    String text = remembered.get(sentence);
    if (text == null) {
      text = formatted(key, args);
      if (bundle.containsKey(key)) {
        if (remembered.size() >= MOST_REMEMBERED_SENTENCES) {
          remembered.clear();  // a host's endless variety of names is answered, not remembered
        }
        remembered.put(sentence, text);
      }
    }
    return text;
  }

  /** Whether every argument is a value that is shown the same whenever it is equal: text, a number, a date, a name. */
  private static boolean formatsAlike(Object[] args) {
    for (Object arg : args) {
      if (!(arg instanceof String || arg instanceof Integer || arg instanceof Long || arg instanceof Enum<?>
          || arg instanceof java.time.LocalDate || arg instanceof java.math.BigDecimal || arg instanceof Boolean)) {
        return false;
      }
    }
    return true;
  }

  private String formatted(String key, Object[] args) {
    String pattern;
    try {
      pattern = bundle.getString(key);
    } catch (MissingResourceException e) {
      return key;
    }
    List<Object> shown = new ArrayList<>(args.length + 2);
    for (Object arg : args) {
      shown.add(arg instanceof Enum<?> constant ? name(constant) : arg);
    }
    String withForms = pattern.indexOf(',') < 0 ? pattern : withForms(pattern, args, shown);
    return pattern(withForms, shown.toArray());
  }

  /**
   * A rule's reason as people read it: the sentence for {@code key}, followed by what would meet the rule where the
   * bundle says it ({@code <key>.remedy}, filled with the same arguments). Every reason of a verdict "not met" has
   * one, so an explanation never only says that something failed.
   */
  public String reason(String key, Object... args) {
    String sentence = format(key, args);
    String remedy = key + REMEDY;
    return bundle.containsKey(remedy) ? sentence + " " + format(remedy, args) : sentence;
  }

  /** A pattern of this language (a {@link MessageFormat} pattern) with its arguments. */
  public String pattern(String pattern, Object... args) {
    Map<String, MessageFormat> formats = parsed.get();
    if (formats.size() > MOST_PATTERNS_PER_THREAD) {
      formats.clear();  // only a host formatting its own patterns by the thousand gets here
    }
    return formats.computeIfAbsent(pattern, p -> new MessageFormat(p, locale)).format(args);
  }

  /**
   * Replaces each {@code {i,form}} and {@code {i,form,j}} by a placeholder for the form's text, appended to
   * {@code shown}; MessageFormat's own types (number, date, time, choice) are left to it.
   */
  private String withForms(String pattern, Object[] args, List<Object> shown) {
    Matcher form = FORM.matcher(pattern);
    StringBuilder result = new StringBuilder(pattern.length());
    while (form.find()) {
      if (FORMAT_TYPES.contains(form.group(2))) {
        continue;
      }
      int index = Integer.parseInt(form.group(1));
      Object arg = index < args.length ? args[index] : null;
      Object[] formArgs = form.group(3) == null ? new Object[0]
          : new Object[] {countArg(args, Integer.parseInt(form.group(3)))};
      shown.add(arg instanceof Enum<?> constant ? form(constant, form.group(2), formArgs) : String.valueOf(arg));
      form.appendReplacement(result, Matcher.quoteReplacement("{" + (shown.size() - 1) + "}"));
    }
    form.appendTail(result);
    return result.toString();
  }

  private static Object countArg(Object[] args, int index) {
    return index < args.length ? args[index] : 0;
  }

  /**
   * An enum constant's name in this language, e.g. "kommun" for {@code OrganisationKind.MUNICIPALITY}. Like every
   * value of the bundle it is a pattern ("the county''s"), read as one only when it holds a quote or a brace.
   */
  public String name(Enum<?> constant) {
    String key = constant.getDeclaringClass().getSimpleName() + "." + constant.name();
    if (!bundle.containsKey(key)) {
      return constant.name();
    }
    String name = bundle.getString(key);
    return name.indexOf('\'') < 0 && name.indexOf('{') < 0 ? name : pattern(name);
  }

  /**
   * An enum constant in a named form, e.g. "en kommun" for {@code OrganisationKind.MUNICIPALITY} and
   * {@code indefinite}; its plain name when the bundle has no such form.
   */
  public String form(Enum<?> constant, String form, Object... args) {
    String key = constant.getDeclaringClass().getSimpleName() + "." + constant.name() + "." + form;
    return bundle.containsKey(key) ? pattern(bundle.getString(key), args) : name(constant);
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  public Locale locale() {
    return locale;
  }
}

package se.psi.core.rules;

import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;

/**
 * User-facing sentences from the bundle {@code se/psi/core/messages}: Swedish in the base file (the default) and
 * English in {@code _en}. No sentence is written in Java. The JVM's default locale never leaks in: an unknown
 * language gets Swedish.
 */
public final class Messages {

  /** The bundle's base name, for hosts and tests that read it directly. */
  public static final String BUNDLE = "se.psi.core.messages";

  public static final Locale SWEDISH = Locale.forLanguageTag("sv");

  private static final ResourceBundle.Control NO_DEFAULT_LOCALE_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  // The two languages, loaded once: every decision and every response asks for one.
  private static final Messages IN_SWEDISH = load(SWEDISH);
  private static final Messages IN_ENGLISH = load(Locale.ENGLISH);

  private final ResourceBundle bundle;
  private final Locale locale;

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
   * enum argument is shown by its name in the bundle ({@code <EnumType>.<CONSTANT>}) when it has one.
   */
  public String format(String key, Object... args) {
    Object[] shown = new Object[args.length];
    for (int i = 0; i < args.length; i++) {
      shown[i] = args[i] instanceof Enum<?> constant ? name(constant) : args[i];
    }
    try {
      return new MessageFormat(bundle.getString(key), locale).format(shown);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  /** An enum constant's name in this language, e.g. "kommun" for {@code OrganisationKind.MUNICIPALITY}. */
  public String name(Enum<?> constant) {
    String key = constant.getDeclaringClass().getSimpleName() + "." + constant.name();
    return bundle.containsKey(key) ? bundle.getString(key) : constant.name();
  }

  public boolean has(String key) {
    return bundle.containsKey(key);
  }

  public Locale locale() {
    return locale;
  }
}

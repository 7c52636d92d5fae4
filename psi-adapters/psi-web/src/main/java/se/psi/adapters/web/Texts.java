package se.psi.adapters.web;

import jakarta.ws.rs.core.HttpHeaders;
import java.text.MessageFormat;
import java.util.Locale;
import java.util.MissingResourceException;
import java.util.ResourceBundle;
import se.psi.core.rules.Messages;

/**
 * The sentences of one response in the caller's language: Swedish by default, English when the caller's
 * {@code Accept-Language} prefers it. The core's bundle says what the rules and use cases mean; this adapter's own
 * bundle ({@code se/psi/adapters/web/messages}) says what went wrong with HTTP.
 */
public final class Texts {

  private static final String BUNDLE = "se.psi.adapters.web.messages";
  private static final ResourceBundle.Control NO_DEFAULT_LOCALE_FALLBACK =
      ResourceBundle.Control.getNoFallbackControl(ResourceBundle.Control.FORMAT_PROPERTIES);

  // The two languages, loaded once: every response asks for one.
  private static final Texts IN_SWEDISH = new Texts(Messages.SWEDISH);
  private static final Texts IN_ENGLISH = new Texts(Locale.ENGLISH);

  private final Messages core;
  private final ResourceBundle web;

  private Texts(Locale language) {
    this.core = Messages.forLocale(language);
    this.web = ResourceBundle.getBundle(BUNDLE, core.locale(), NO_DEFAULT_LOCALE_FALLBACK);
  }

  public static Texts of(Locale language) {
    return "en".equals(language.getLanguage()) ? IN_ENGLISH : IN_SWEDISH;
  }

  /** The first of the caller's acceptable languages that we speak (sv or en), else Swedish. */
  public static Texts of(HttpHeaders headers) {
    return of(headers.getAcceptableLanguages());
  }

  /** The first of these languages, in the caller's order of preference, that we speak; else Swedish. */
  public static Texts of(java.util.List<Locale> acceptableLanguages) {
    for (Locale acceptable : acceptableLanguages) {
      if ("en".equals(acceptable.getLanguage())) {
        return IN_ENGLISH;
      }
      if ("sv".equals(acceptable.getLanguage()) || "*".equals(acceptable.getLanguage())) {
        return IN_SWEDISH;
      }
    }
    return IN_SWEDISH;
  }

  /** A sentence of the core: a rule's reason, a rejection, an enum's name. */
  public Messages core() {
    return core;
  }

  /** A sentence of this adapter. */
  public String web(String key, Object... args) {
    try {
      return new MessageFormat(web.getString(key), core.locale()).format(args);
    } catch (MissingResourceException e) {
      return key;
    }
  }

  public Locale locale() {
    return core.locale();
  }

  /** The {@code Content-Language} of the response. */
  public String languageTag() {
    return core.locale().getLanguage();
  }
}

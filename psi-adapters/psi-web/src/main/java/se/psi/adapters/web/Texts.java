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

  private final Messages core;
  private final ResourceBundle web;

  private Texts(Locale language) {
    this.core = Messages.forLocale(language);
    this.web = ResourceBundle.getBundle(BUNDLE, core.locale(), NO_DEFAULT_LOCALE_FALLBACK);
  }

  public static Texts of(Locale language) {
    return new Texts(language);
  }

  /** The first of the caller's acceptable languages that we speak (sv or en), else Swedish. */
  public static Texts of(HttpHeaders headers) {
    return of(headers.getAcceptableLanguages());
  }

  /** The first of these languages, in the caller's order of preference, that we speak; else Swedish. */
  public static Texts of(java.util.List<Locale> acceptableLanguages) {
    for (Locale acceptable : acceptableLanguages) {
      if ("en".equals(acceptable.getLanguage())) {
        return new Texts(Locale.ENGLISH);
      }
      if ("sv".equals(acceptable.getLanguage()) || "*".equals(acceptable.getLanguage())) {
        return new Texts(Messages.SWEDISH);
      }
    }
    return new Texts(Messages.SWEDISH);
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

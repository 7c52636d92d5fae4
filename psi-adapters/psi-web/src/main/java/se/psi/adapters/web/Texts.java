package se.psi.adapters.web;

import jakarta.ws.rs.core.HttpHeaders;
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

  /** Enough for every browser and client a host sees; a caller sending endless variants is answered, not remembered. */
  private static final int MOST_REMEMBERED_HEADERS = 512;
  private static final java.util.Map<String, Texts> BY_HEADER = new java.util.concurrent.ConcurrentHashMap<>();

  private final Messages core;
  private final ResourceBundle web;

  private Texts(Locale language) {
    this.core = Messages.forLocale(language);
    this.web = ResourceBundle.getBundle(BUNDLE, core.locale(), NO_DEFAULT_LOCALE_FALLBACK);
  }

  public static Texts of(Locale language) {
    return "en".equals(language.getLanguage()) ? IN_ENGLISH : IN_SWEDISH;
  }

  /**
   * The first of the caller's acceptable languages that we speak (sv or en), else Swedish. Every response asks, and
   * clients send few distinct headers, so each header's answer is remembered rather than parsed again.
   */
  public static Texts of(HttpHeaders headers) {
    return ofAcceptLanguage(headers.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
  }

  /**
   * The language a raw {@code Accept-Language} header asks for. A header that does not parse (e.g. {@code *;q=abc})
   * is answered as if no language was asked: the header states a preference (RFC 9110 12.5.4), which a server may
   * ignore, and refusing it would refuse a read of public data over a client's bad habit.
   */
  public static Texts ofAcceptLanguage(String header) {
    if (header == null || header.isBlank()) {
      return IN_SWEDISH;
    }
    Texts known = BY_HEADER.get(header);
    if (known != null) {
      return known;
    }
    Texts texts = of(acceptableLanguages(header));
    if (BY_HEADER.size() < MOST_REMEMBERED_HEADERS) {
      BY_HEADER.put(header, texts);
    }
    return texts;
  }

  /** The header's languages, most preferred first, without those refused ({@code q=0}); none when it does not parse. */
  private static java.util.List<Locale> acceptableLanguages(String header) {
    try {
      return Locale.LanguageRange.parse(header).stream().filter(range -> range.getWeight() > 0)
          .map(range -> Locale.forLanguageTag(range.getRange().equals("*") ? "sv" : range.getRange()))
          .toList();
    } catch (IllegalArgumentException unparsable) {
      return java.util.List.of();
    }
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
      return core.pattern(web.getString(key), args);
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

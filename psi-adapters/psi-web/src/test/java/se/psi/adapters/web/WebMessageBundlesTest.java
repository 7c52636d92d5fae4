package se.psi.adapters.web;

import static java.util.Map.entry;
import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * PRI-1 for the web adapter's own sentences (problem titles and details): both languages have the same keys and
 * placeholders, and every sentence reads as text with the values the adapter passes.
 */
class WebMessageBundlesTest {

  private static final Pattern ARGUMENT = Pattern.compile("\\{(\\d+)");
  private static final Pattern UPPER_SNAKE = Pattern.compile("\\b[A-Z][A-Z0-9]*(?:_[A-Z0-9]+)+\\b");

  /** What each placeholder holds, as the adapter passes it: a count of things, a figure, or a text. */
  private static final Map<String, List<Object>> TYPICAL = Map.ofEntries(
      entry("detail.malformedJson", List.of(1234, 56)),
      entry("detail.unknownField", List.of("organisation.nmae")),
      entry("detail.wrongType", List.of("boardDecision.date")),
      // Allowed values are the JSON's own words, which the client must send as written.
      entry("detail.wrongValue", List.of("organisation.kind", "association, municipality")),
      entry("detail.tooDeep", List.of(16)),
      entry("detail.tooLong", List.of(10_000)),
      entry("detail.bodyTooLarge", List.of(65_536)),
      entry("detail.ifMatchMalformed", List.of("abc")),
      entry("detail.staleVersion", List.of(2025L, 2026L)),
      entry("detail.illegalState", List.of("Partner", "withdrawn")),
      entry("detail.notFoundPath", List.of("/api/v1/nothing")),
      entry("detail.badParameter", List.of("limit", "1\u2013100")),
      entry("detail.pageSize", List.of(100)),
      entry("detail.internalError", List.of("3f2a9c1e")),
      entry("detail.bodyNotAllowed", List.of("TRACE")),
      entry("detail.tooManyWrites", List.of(45L)),
      entry("detail.tooManyWritesMinutes", List.of(20L)),
      entry("detail.http", List.of(405)));

  /** Counts whose noun must agree with them, by key and argument; Swedish "tecken" and "byte" do not change. */
  private static final List<String> COUNTS = List.of("sv detail.tooDeep 0", "en detail.tooDeep 0",
      "en detail.tooLong 0", "en detail.bodyTooLarge 0", "sv detail.tooManyWrites 0", "en detail.tooManyWrites 0",
      "sv detail.tooManyWritesMinutes 0", "en detail.tooManyWritesMinutes 0");

  private final Properties swedish = load("/se/psi/adapters/web/messages.properties");
  private final Properties english = load("/se/psi/adapters/web/messages_en.properties");

  @Test
  void PRI_1_swedish_and_english_have_the_same_keys_and_placeholders() {
    assertThat(new TreeSet<>(english.stringPropertyNames())).isEqualTo(new TreeSet<>(swedish.stringPropertyNames()));
    for (String key : swedish.stringPropertyNames()) {
      assertThat(placeholders(english.getProperty(key))).as(key).isEqualTo(placeholders(swedish.getProperty(key)));
      assertThat(english.getProperty(key) + swedish.getProperty(key)).as("an apostrophe is written ''")
          .doesNotContainPattern("(?<!')'(?!')");
    }
  }

  @Test
  void PRI_1_every_sentence_reads_as_text_with_the_values_the_adapter_passes() {
    List<String> problems = new ArrayList<>();
    for (Locale language : List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH)) {
      Texts texts = Texts.of(language);
      for (String key : new TreeSet<>(swedish.stringPropertyNames())) {
        Set<Integer> used = placeholders(swedish.getProperty(key));
        List<Object> args = TYPICAL.getOrDefault(key, List.of());
        assertThat(args).as("describe the arguments of %s", key).hasSizeGreaterThanOrEqualTo(used.size());
        String text = texts.web(key, args.toArray());
        String where = language.getLanguage() + " " + key + ": " + text;
        if (text.equals(key) || text.contains("{") || text.contains("''")) {
          problems.add("a key, placeholder or doubled quote in " + where);
        }
        if (UPPER_SNAKE.matcher(text).find()) {
          problems.add("an enum constant in " + where);
        }
        if (args.contains(2025L) && !text.contains("2025")) {
          problems.add("a version number grouped in " + where);
        }
        if (args.contains(1234) && !text.contains("1234")) {
          problems.add("a line number grouped in " + where);
        }
      }
    }
    assertThat(problems).isEmpty();
  }

  @Test
  void PRI_1_a_count_agrees_with_its_noun() {
    for (String count : COUNTS) {
      String[] parts = count.split(" ");
      Texts texts = Texts.of(Locale.forLanguageTag(parts[0]));
      String one = texts.web(parts[1], 1).replace("1", "N");
      String two = texts.web(parts[1], 2).replace("2", "N");
      assertThat(one).as(count).isNotEqualTo(two);
    }
    assertThat(Texts.of(Locale.forLanguageTag("sv")).web("detail.tooDeep", 1)).contains("1 nivå.");
    assertThat(Texts.of(Locale.ENGLISH).web("detail.bodyTooLarge", 65_536)).contains("65,536 bytes");
  }

  private static Set<Integer> placeholders(String pattern) {
    Set<Integer> indexes = new TreeSet<>();
    Matcher argument = ARGUMENT.matcher(pattern);
    while (argument.find()) {
      indexes.add(Integer.parseInt(argument.group(1)));
    }
    return indexes;
  }

  private static Properties load(String resource) {
    try (InputStream in = WebMessageBundlesTest.class.getResourceAsStream(resource)) {
      Properties properties = new Properties();
      properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      return properties;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

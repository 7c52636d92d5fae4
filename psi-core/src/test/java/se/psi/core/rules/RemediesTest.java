package se.psi.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every reason a rule gives for "not met" says what would meet it: its key has a {@code .remedy} in both languages,
 * which {@link Messages#reason} puts after the sentence. The keys are read from every {@code notMet(..)} in the code,
 * so a new reason without a remedy fails here.
 */
class RemediesTest {

  private static final Pattern NOT_MET = Pattern.compile("\\bnotMet\\(");
  private static final Pattern LITERAL = Pattern.compile("\"([^\"\\\\]*)\"");
  private static final Messages SWEDISH = Messages.forLocale(Messages.SWEDISH);
  private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);

  @Test
  void every_reason_for_not_met_has_what_would_meet_it_in_swedish_and_english() throws IOException {
    Set<String> keys = notMetKeys();

    assertThat(keys).hasSizeGreaterThan(40).allSatisfy(key -> {
      assertThat(SWEDISH.has(key + Messages.REMEDY)).as("%s%s in Swedish", key, Messages.REMEDY).isTrue();
      assertThat(ENGLISH.has(key + Messages.REMEDY)).as("%s%s in English", key, Messages.REMEDY).isTrue();
    });
  }

  @Test
  void MEM_4_a_reason_ends_with_what_would_meet_the_rule() {
    assertThat(ENGLISH.reason("membership.mem4.missing"))
        .isEqualTo("The board's (or equivalent body's) decision to join is missing."
            + " Give its date, the body and the paragraph or reference.");
    assertThat(SWEDISH.reason("committee.au2.notMet", 3, 4, 1)).endsWith(
        "En idéburen plats till, eller lika många färre övriga, skulle återställa majoriteten.");
    assertThat(ENGLISH.reason("committee.au2.met", 4, 3)).isEqualTo(ENGLISH.format("committee.au2.met", 4, 3));
  }

  /** The message key of each {@code notMet(..)} call: the one string literal in it that is a key of the bundle. */
  private static Set<String> notMetKeys() throws IOException {
    Set<String> keys = new TreeSet<>();
    List<String> unreadable = new ArrayList<>();
    for (String source : sources()) {
      Matcher call = NOT_MET.matcher(source);
      while (call.find()) {
        String arguments = arguments(source, call.end());
        if (arguments.contains("String messageKey")) {
          continue;  // the declaration of notMet itself
        }
        List<String> inBundle = new ArrayList<>();
        Matcher literal = LITERAL.matcher(arguments);
        while (literal.find()) {
          if (SWEDISH.has(literal.group(1))) {
            inBundle.add(literal.group(1));
          }
        }
        if (inBundle.size() == 1) {
          keys.add(inBundle.get(0));
        } else {
          unreadable.add("notMet(" + arguments + ")");
        }
      }
    }
    assertThat(unreadable).as("a reason for not met whose message key is not one literal key of the bundle").isEmpty();
    return keys;
  }

  /** The text between the parenthesis opened just before {@code from} and the one that closes it. */
  private static String arguments(String source, int from) {
    int depth = 1;
    int at = from;
    boolean inString = false;
    while (depth > 0) {
      char c = source.charAt(at++);
      if (c == '"' && source.charAt(at - 2) != '\\') {
        inString = !inString;
      } else if (!inString && c == '(') {
        depth++;
      } else if (!inString && c == ')') {
        depth--;
      }
    }
    return source.substring(from, at - 1);
  }

  private static List<String> sources() throws IOException {
    try (Stream<Path> files = Files.walk(Path.of("src/main/java"))) {
      List<String> texts = new ArrayList<>();
      for (Path file : files.filter(f -> f.toString().endsWith(".java")).toList()) {
        texts.add(Files.readString(file));
      }
      return texts;
    }
  }
}

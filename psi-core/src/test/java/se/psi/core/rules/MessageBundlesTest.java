package se.psi.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.psi.core.documentation.domain.InnovationOrigin;
import se.psi.core.grant.domain.GrantStatus;
import se.psi.core.meeting.domain.MeetingFormat;
import se.psi.core.meeting.domain.MeetingStatus;
import se.psi.core.plan.domain.ActivityStatus;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.PriorityArea;
import se.psi.core.shared.Sector;

/** PRI-1: every user-facing sentence exists in Swedish and English, and every key the code uses exists. */
class MessageBundlesTest {

  private static final Pattern KEY_LITERAL = Pattern.compile(
      "\"\\{?((?:membership|committee|contact|organisationNumber|constraint|rejection|ruleset|partner"
          + "|explanation|verdict|meeting|presentation|plan|documentation|agenda|grant|advisory|idea|project\\.prj)\\.[A-Za-z0-9.]+"
          + "|\\{organisation\\.[A-Za-z0-9.]+)\\}?\"");
  private static final Pattern CONSTRAINT = Pattern.compile("@(NotNull|NotBlank|NotEmpty|Size|Email|Pattern|Positive"
      + "|PositiveOrZero|Min|Max|AssertTrue|Past|Future)\\b");

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
        ActivityStatus.values(), InnovationOrigin.values(), PriorityArea.values(), RuleSetParameter.values())
        .flatMap(Stream::of).forEach(constant -> {
      String key = constant.getDeclaringClass().getSimpleName() + "." + constant.name();
      assertThat(swedish).containsKey(key);
      assertThat(english).containsKey(key);
    });
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

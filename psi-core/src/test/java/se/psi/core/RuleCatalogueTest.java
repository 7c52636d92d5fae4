package se.psi.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.psi.core.rules.Messages;
import se.psi.core.rules.Rule;
import se.psi.core.rules.RuleSetParameter;

/**
 * The catalogue lists every rule of the library, each says in both languages what it says and where it comes from,
 * and docs/rules.md documents exactly the catalogue's ids.
 */
class RuleCatalogueTest {

  private static final Path DOC = Path.of("..", "docs", "rules.md");
  private static final String BEGIN = "<!-- Written from the English bundle by RuleCatalogueTest;"
      + " -Dpsi.writeRulesDoc=true writes it again. -->";
  private static final String END = "<!-- End of the written table. -->";
  private static final Pattern RULE_ID = Pattern.compile("\\b(?:MEM|CON|AU|MTG|ACT|DOC|PRI|GRA|IDE|ADV|PRJ|RULESET)"
      + "-(?:\\d+|BUDGET)\\b");

  @Test
  void docs_rules_md_names_every_id_of_the_catalogue_and_no_other() throws IOException {
    String doc = Files.readString(DOC);
    Set<String> named = new TreeSet<>();
    Matcher ids = RULE_ID.matcher(doc);
    while (ids.find()) {
      named.add(ids.group());
    }

    assertThat(named).containsExactlyInAnyOrderElementsOf(RuleCatalogue.ids());
  }

  @Test
  void docs_rules_md_has_a_row_for_every_id_of_the_catalogue() throws IOException {
    List<String> rows = Files.readAllLines(DOC).stream().filter(line -> line.startsWith("| ")).toList();

    assertThat(RuleCatalogue.ids())
        .allSatisfy(id -> assertThat(rows).anySatisfy(row -> assertThat(row).startsWith("| " + id + " |")));
  }

  @Test
  void every_rule_constant_of_a_feature_rules_class_is_in_the_catalogue() throws IllegalAccessException {
    List<Rule<?>> declared = new ArrayList<>();
    for (JavaClass rulesClass : new ClassFileImporter().withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS)
        .importPackages("se.psi.core").stream().filter(c -> c.getSimpleName().endsWith("Rules")).toList()) {
      for (Field field : rulesClass.reflect().getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) && Rule.class.isAssignableFrom(field.getType())) {
          declared.add((Rule<?>) field.get(null));
        }
      }
    }

    assertThat(declared).hasSizeGreaterThan(30);
    assertThat(RuleCatalogue.EVALUATED).containsAll(declared);
  }

  @Test
  void a_rule_is_either_evaluated_or_held_by_the_model_and_every_id_is_a_domain_id() {
    Set<String> evaluated = new TreeSet<>();
    RuleCatalogue.EVALUATED.forEach(rule -> evaluated.add(rule.id()));

    assertThat(evaluated).doesNotContainAnyElementsOf(RuleCatalogue.HELD_BY_THE_MODEL);
    assertThat(RuleCatalogue.ids()).allMatch(id -> RULE_ID.matcher(id).matches());
  }

  @Test
  void every_rule_of_the_catalogue_has_its_statement_and_source_in_swedish_and_english() {
    for (Locale language : List.of(Messages.SWEDISH, Locale.ENGLISH)) {
      Messages messages = Messages.forLocale(language);
      assertThat(RuleCatalogue.ids()).as(language.toString()).allSatisfy(id -> {
        assertThat(messages.has(Rule.statementKey(id))).as("%s %s", id, Rule.statementKey(id)).isTrue();
        assertThat(messages.has(Rule.sourceKey(id))).as("%s %s", id, Rule.sourceKey(id)).isTrue();
      });
    }
  }

  @Test
  void every_rule_held_by_the_model_says_what_holds_it_and_no_evaluated_rule_does() {
    for (Locale language : List.of(Messages.SWEDISH, Locale.ENGLISH)) {
      Messages messages = Messages.forLocale(language);
      assertThat(RuleCatalogue.ids()).allSatisfy(id -> assertThat(messages.has(RuleCatalogue.heldByKey(id)))
          .as("%s %s", language, id).isEqualTo(RuleCatalogue.HELD_BY_THE_MODEL.contains(id)));
    }
  }

  @Test
  void a_rule_read_in_its_own_language_says_its_id_s_statement() {
    Rule<?> mem5 = RuleCatalogue.EVALUATED.stream().filter(rule -> rule.id().equals("MEM-5")).findFirst().orElseThrow();

    assertThat(mem5.statement(Messages.SWEDISH)).contains("kontaktperson");
    assertThat(mem5.statement(Locale.ENGLISH)).contains("contact person");
    assertThat(mem5.source(Messages.SWEDISH)).contains("Verksamhetsplan 2021\u20132026 [003], Part i Partnerskapet");
  }

  @Test
  void the_catalogue_lists_rules_in_the_domain_s_order() {
    assertThat(RuleCatalogue.ids()).startsWith("MEM-1", "MEM-2", "MEM-3").endsWith("RULESET-4", "RULESET-5");
    assertThat(List.copyOf(RuleCatalogue.ids())).containsSubsequence("GRA-7", "GRA-8", "GRA-BUDGET", "IDE-1");
  }

  @Test
  void a_rule_reads_the_parameters_every_step_of_it_declares() {
    assertThat(RuleCatalogue.reads("MEM-1")).containsExactly(RuleSetParameter.ADMITTED_KINDS);
    assertThat(RuleCatalogue.reads("GRA-1")).containsExactly(RuleSetParameter.GRANT_APPLICANT_SECTORS);
    assertThat(RuleCatalogue.reads("MEM-4")).isEmpty();
  }

  @Test
  void docs_rules_md_says_what_every_rule_says_where_it_comes_from_and_what_it_reads_as_the_bundle_does()
      throws IOException {
    String doc = Files.readString(DOC);
    int from = doc.indexOf(BEGIN) + BEGIN.length();
    int until = doc.indexOf(END);
    assertThat(from).as("the markers of the written table in docs/rules.md").isGreaterThan(BEGIN.length() - 1);
    String written = System.lineSeparator() + statementsTable() + System.lineSeparator();
    if (Boolean.getBoolean("psi.writeRulesDoc")) {
      Files.writeString(DOC, doc.substring(0, from) + written + doc.substring(until));
      doc = Files.readString(DOC);
      until = doc.indexOf(END);
    }

    assertThat(doc.substring(from, until)).isEqualTo(written);
  }

  /** One row per rule of the catalogue, in the domain's order: id, statement, source, parameters read. */
  private static String statementsTable() {
    Messages english = Messages.forLocale(Locale.ENGLISH);
    StringBuilder table = new StringBuilder("| id | what it says | where it comes from | parameters it reads |")
        .append(System.lineSeparator()).append("|---|---|---|---|");
    for (String id : RuleCatalogue.ids()) {
      List<String> reads = RuleCatalogue.reads(id).stream().map(parameter -> "`" + parameter.field() + "`").toList();
      table.append(System.lineSeparator()).append("| ").append(id).append(" | ")
          .append(english.format(Rule.statementKey(id))).append(" | ").append(english.format(Rule.sourceKey(id)))
          .append(" | ").append(String.join(", ", reads)).append(" |");
    }
    return table.toString();
  }
}

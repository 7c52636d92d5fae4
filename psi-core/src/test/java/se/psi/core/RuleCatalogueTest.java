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
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;
import se.psi.core.rules.Rule;

/** The catalogue lists every rule of the library, and docs/rules.md documents exactly the catalogue's ids. */
class RuleCatalogueTest {

  private static final Path DOC = Path.of("..", "docs", "rules.md");
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

    assertThat(named).containsExactlyElementsOf(RuleCatalogue.ids());
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

    assertThat(evaluated).doesNotContainAnyElementsOf(RuleCatalogue.HELD_BY_THE_MODEL.keySet());
    assertThat(RuleCatalogue.ids()).allMatch(id -> RULE_ID.matcher(id).matches());
  }
}

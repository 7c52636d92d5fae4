package se.psi.core;

import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.core.domain.AccessTarget;
import com.tngtech.archunit.core.domain.JavaAccess;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.domain.JavaCodeUnit;
import com.tngtech.archunit.core.domain.JavaField;
import com.tngtech.archunit.core.domain.JavaFieldAccess;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.EnumSet;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.psi.core.membership.domain.MembershipRules;
import se.psi.core.rules.Rule;
import se.psi.core.rules.RuleSet;
import se.psi.core.rules.RuleSetParameter;

/**
 * Every rule declares exactly the ruleset parameters it reads. Read from the compiled code rather than from examples,
 * so that every branch counts: the calls a rule's body makes (javac places a lambda's lines after its constant's
 * declaration, and ArchUnit files them under the class's static initializer), followed into every method of the core
 * they reach, down to the accessors of {@link RuleSet}. Only calls the compiler can resolve are followed: a call
 * through an interface (another {@link Rule}, a port) stops there.
 */
class RuleParametersReadTest {

  private static final JavaClasses CORE = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("se.psi.core");
  private static final Map<String, RuleSetParameter> BY_ACCESSOR = new HashMap<>();

  static {
    for (RuleSetParameter parameter : RuleSetParameter.values()) {
      BY_ACCESSOR.put(parameter.field(), parameter);
    }
  }

  private final Map<JavaCodeUnit, Set<RuleSetParameter>> readByMethod = new HashMap<>();

  @Test
  void every_rule_declares_exactly_the_ruleset_parameters_its_code_reads() throws IllegalAccessException {
    Map<Rule<?>, Set<RuleSetParameter>> read = readByEveryRule();

    assertThat(read.keySet()).containsAll(RuleCatalogue.EVALUATED);
    read.forEach((rule, parameters) -> assertThat(rule.reads()).as("the parameters %s reads", rule.id())
        .isEqualTo(parameters));
  }

  @Test
  void MEM_1_MEM_6_the_reading_is_found_directly_and_through_the_methods_a_rule_calls() throws IllegalAccessException {
    Map<Rule<?>, Set<RuleSetParameter>> read = readByEveryRule();

    assertThat(read.get(MembershipRules.MEM_1)).containsExactly(RuleSetParameter.ADMITTED_KINDS);  // RuleSet.admits
    assertThat(read.get(MembershipRules.MEM_6)).containsExactly(RuleSetParameter.MUNICIPALITY_DUTIES_REQUIRED);
    assertThat(read.get(MembershipRules.MEM_4)).isEmpty();
  }

  /** Each rule constant of the core, with the parameters its body reads; a constant that names another's rule adds none. */
  private Map<Rule<?>, Set<RuleSetParameter>> readByEveryRule() throws IllegalAccessException {
    Map<Rule<?>, Set<RuleSetParameter>> read = new IdentityHashMap<>();
    for (JavaClass declaring : CORE) {
      Optional<? extends JavaCodeUnit> initializer = declaring.getStaticInitializer();
      if (initializer.isEmpty()) {
        continue;
      }
      List<JavaFieldAccess> assignments = initializer.get().getFieldAccesses().stream()
          .filter(access -> access.getAccessType() == JavaFieldAccess.AccessType.SET)
          .filter(access -> access.getTarget().getOwner().equals(declaring))
          .sorted(Comparator.comparingInt(JavaAccess::getLineNumber)).toList();
      for (int i = 0; i < assignments.size(); i++) {
        Optional<JavaField> field = assignments.get(i).getTarget().resolveMember();
        if (field.isEmpty() || !field.get().getRawType().isAssignableTo(Rule.class)) {
          continue;
        }
        int from = assignments.get(i).getLineNumber();
        int until = i + 1 < assignments.size() ? assignments.get(i + 1).getLineNumber() : Integer.MAX_VALUE;
        Set<RuleSetParameter> parameters = readBetween(initializer.get(), from, until);
        java.lang.reflect.Field reflected = field.get().reflect();
        reflected.setAccessible(true);
        read.computeIfAbsent((Rule<?>) reflected.get(null), rule -> EnumSet.noneOf(RuleSetParameter.class))
            .addAll(parameters);
      }
    }
    return read;
  }

  /** The parameters read by the calls the static initializer makes on lines {@code from} up to {@code until}. */
  private Set<RuleSetParameter> readBetween(JavaCodeUnit initializer, int from, int until) {
    Set<RuleSetParameter> read = EnumSet.noneOf(RuleSetParameter.class);
    calls(initializer).filter(call -> call.getLineNumber() >= from && call.getLineNumber() < until)
        .forEach(call -> read.addAll(readBy(call.getTarget())));
    return read;
  }

  private Set<RuleSetParameter> readBy(AccessTarget.CodeUnitAccessTarget target) {
    if (target.getOwner().isAssignableTo(RuleSet.class) && BY_ACCESSOR.containsKey(target.getName())) {
      return Set.of(BY_ACCESSOR.get(target.getName()));
    }
    Optional<? extends JavaCodeUnit> method = target.resolveMember();
    return method.isPresent() && CORE.contain(method.get().getOwner().getName())
        ? readBy(method.get()) : Set.of();
  }

  private Set<RuleSetParameter> readBy(JavaCodeUnit method) {
    Set<RuleSetParameter> known = readByMethod.get(method);
    if (known != null) {
      return known;
    }
    readByMethod.put(method, Set.of());  // a recursive call adds nothing new
    Set<RuleSetParameter> read = EnumSet.noneOf(RuleSetParameter.class);
    calls(method).forEach(call -> read.addAll(readBy(call.getTarget())));
    readByMethod.put(method, read);
    return read;
  }

  /** Calls and method references, which a rule hands on (rule.from(Deciding::eligibility)) to be called later. */
  private static Stream<JavaAccess<? extends AccessTarget.CodeUnitAccessTarget>> calls(JavaCodeUnit unit) {
    List<JavaAccess<? extends AccessTarget.CodeUnitAccessTarget>> calls = new ArrayList<>(unit.getCallsFromSelf());
    calls.addAll(unit.getCodeUnitReferencesFromSelf());
    return calls.stream();
  }
}

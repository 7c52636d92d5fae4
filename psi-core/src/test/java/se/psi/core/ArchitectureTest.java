package se.psi.core;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZonedDateTime;
import java.util.List;
import se.psi.core.rules.Evaluation;
import se.psi.core.rules.Explanation;
import se.psi.core.rules.Verdict;
import se.psi.core.shared.DomainEvent;

/**
 * The architecture rules of ARCHITECTURE.md, enforced on psi-core's production classes. Every rule must match
 * classes ({@code archRule.failOnEmptyShould=true} in archunit.properties), so a rule aimed at a package that has
 * disappeared fails instead of passing silently.
 */
@AnalyzeClasses(packages = "se.psi.core", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

  @ArchTest
  static final ArchRule core_uses_no_adapter_technology = noClasses()
      .that().resideInAPackage("se.psi.core..")
      .should().dependOnClassesThat().resideInAnyPackage(
          "..adapters..", "java.sql..", "javax.sql..", "com.fasterxml.jackson..", "jakarta.ws.rs..",
          "javax.ws.rs..", "org.apache.kafka..", "com.rabbitmq..", "jakarta.servlet..", "javax.servlet..")
      .because("psi-core holds the rules; technology lives in the adapters");

  @ArchTest
  static final ArchRule only_guice_modules_use_guice = noClasses()
      .that().haveSimpleNameNotEndingWith("Module")
      .should().dependOnClassesThat().resideInAPackage("com.google.inject..")
      .because("services use jakarta.inject; only *Module classes wire with Guice");

  @ArchTest
  static final ArchRule domain_does_no_io = noClasses()
      .that().resideInAnyPackage("se.psi.core.shared..", "se.psi.core.rules..", "..domain..")
      .should().dependOnClassesThat().resideInAnyPackage("java.io..", "java.nio..", "java.net..", "java.sql..")
      .because("the domain is pure: I/O happens behind ports");

  @ArchTest
  static final ArchRule nothing_reads_the_system_clock = noClasses()
      .that().haveSimpleNameNotEndingWith("Module")
      .should().callMethod(Instant.class, "now")
      .orShould().callMethod(LocalDate.class, "now")
      .orShould().callMethod(LocalDateTime.class, "now")
      .orShould().callMethod(OffsetDateTime.class, "now")
      .orShould().callMethod(ZonedDateTime.class, "now")
      .orShould().callMethod(Clock.class, "systemUTC")
      .orShould().callMethod(Clock.class, "systemDefaultZone")
      .orShould().callMethod(System.class, "currentTimeMillis")
      .because("time comes from an injected java.time.Clock so that decisions are reproducible");

  @ArchTest
  static final ArchRule domain_depends_on_neither_ports_nor_application = noClasses()
      .that().resideInAPackage("..domain..")
      .should().dependOnClassesThat().resideInAnyPackage("..port..", "..application..")
      .because("the domain is the centre: ports and services depend on it, never the reverse");

  @ArchTest
  static final ArchRule ports_do_not_depend_on_application = noClasses()
      .that().resideInAPackage("..port..")
      .should().dependOnClassesThat().resideInAPackage("..application..");

  @ArchTest
  static final ArchRule use_cases_do_not_reach_driven_ports = noClasses()
      .that().resideInAPackage("..port.in..")
      .should().dependOnClassesThat().resideInAPackage("..port.out..")
      .because("a host calls use cases; what they are stored in is the storage adapter's business");

  @ArchTest
  static final ArchRule driven_ports_do_not_reach_use_cases = noClasses()
      .that().resideInAPackage("..port.out..")
      .should().dependOnClassesThat().resideInAPackage("..port.in..")
      .because("a storage adapter implements driven ports and needs nothing of the API");

  @ArchTest
  static final ArchRule services_are_package_private = classes()
      .that().haveSimpleNameEndingWith("Service")
      .should().notBePublic()
      .andShould().resideInAPackage("..application..")
      .because("hosts reach a service only through its use-case interface");

  @ArchTest
  static final ArchRule use_cases_are_interfaces_in_port_in = classes()
      .that().haveSimpleNameEndingWith("UseCase")
      .should().beInterfaces()
      .andShould().resideInAPackage("..port.in..");

  @ArchTest
  static final ArchRule commands_and_queries_are_records = classes()
      .that().haveSimpleNameEndingWith("Command").or().haveSimpleNameEndingWith("Query")
      .should().beRecords();

  @ArchTest
  static final ArchRule events_are_records = classes()
      .that().implement(DomainEvent.class).and().areNotInterfaces()
      .should().beRecords()
      .because("events are immutable facts");

  @ArchTest
  static final ArchRule only_rules_build_evaluations_and_explanations = noClasses()
      .that().resideOutsideOfPackage("se.psi.core.rules..")
      .should().callConstructor(Explanation.class, String.class, LocalDate.class, List.class)
      .orShould().callConstructor(Evaluation.class, String.class, Verdict.class, String.class, List.class,
          String.class)
      .orShould().callMethod(Evaluation.class, "met", String.class, String.class, Object[].class)
      .orShould().callMethod(Evaluation.class, "notMet", String.class, String.class, String.class, Object[].class)
      .orShould().callMethod(Evaluation.class, "notApplicable", String.class, String.class, Object[].class)
      .orShould().callMethod(Evaluation.class, "needsJudgement", String.class, String.class, Object[].class)
      .because("a rule carries its id and builds its own verdicts; aggregates and services ask their rules list");

  @ArchTest
  static final ArchRule features_are_free_of_cycles = slices()
      .matching("se.psi.core.(*)..")
      .should().beFreeOfCycles();
}

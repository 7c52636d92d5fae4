package se.psi.adapters.storage.jdbc;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "se.psi.adapters.storage.jdbc", importOptions = ImportOption.DoNotIncludeTests.class)
class StorageArchitectureTest {

  @ArchTest
  static final ArchRule uses_the_core_only_through_ports_and_domain_types = noClasses()
      .that().resideInAPackage("se.psi.adapters.storage.jdbc..")
      .should().dependOnClassesThat().resideInAPackage("se.psi.core..application..")
      .because("an adapter implements ports; the use cases' services are the core's own business");

  @ArchTest
  static final ArchRule depends_on_no_other_adapter = noClasses()
      .that().resideInAPackage("se.psi.adapters.storage.jdbc..")
      .should().dependOnClassesThat(com.tngtech.archunit.base.DescribedPredicate.describe("another adapter",
          type -> type.getPackageName().startsWith("se.psi.adapters.")
              && !type.getPackageName().startsWith("se.psi.adapters.storage.jdbc")));

  @ArchTest
  static final ArchRule writes_events_only_in_the_published_format = noClasses()
      .that().resideInAPackage("se.psi.adapters.storage.jdbc..")
      .and().doNotHaveSimpleName("JdbcEventOutboxAdapter")
      .should().dependOnClassesThat().areAssignableTo(se.psi.core.shared.DomainEvent.class)
      .because("events are stored as psi-events writes them, in the outbox alone, so every storage publishes the"
          + " same bytes");
}

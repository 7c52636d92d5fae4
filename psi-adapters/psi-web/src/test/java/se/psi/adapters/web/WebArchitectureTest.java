package se.psi.adapters.web;

import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;

@AnalyzeClasses(packages = "se.psi.adapters.web", importOptions = ImportOption.DoNotIncludeTests.class)
class WebArchitectureTest {

  @ArchTest
  static final ArchRule calls_the_core_only_through_its_use_cases = noClasses()
      .that().resideInAPackage("se.psi.adapters.web..")
      .should().dependOnClassesThat().resideInAnyPackage("se.psi.core..application..", "se.psi.core..port.out..")
      .because("the web is a driving adapter: it calls use cases, never services or storage ports");

  @ArchTest
  static final ArchRule depends_on_no_other_adapter = noClasses()
      .that().resideInAPackage("se.psi.adapters.web..")
      .should().dependOnClassesThat(DescribedPredicate.describe("another adapter",
          type -> type.getPackageName().startsWith("se.psi.adapters.")
              && !type.getPackageName().startsWith("se.psi.adapters.web")));

  @ArchTest
  static final ArchRule needs_no_particular_runtime = noClasses()
      .that().resideInAPackage("se.psi.adapters.web..")
      .and().resideOutsideOfPackage("se.psi.adapters.web.grizzly")
      .should().dependOnClassesThat().resideInAnyPackage("org.glassfish..", "org.jboss.resteasy..")
      .because("any Jakarta REST runtime hosts the API (PsiGrizzly, apart, is for hosts that choose Grizzly)");
}

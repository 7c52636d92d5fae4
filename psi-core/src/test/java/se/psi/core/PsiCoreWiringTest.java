package se.psi.core;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.inject.Guice;
import com.google.inject.Injector;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.importer.ClassFileImporter;
import com.tngtech.archunit.core.importer.ImportOption;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.time.Clock;
import java.time.Instant;
import java.util.List;
import java.util.Set;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import org.junit.jupiter.api.Test;
import se.psi.core.membership.port.in.DecideMembershipUseCase;
import se.psi.core.shared.IdSource;

/** The one wiring of the core, reached by plain Java hosts without Guice and by Guice hosts through its module. */
class PsiCoreWiringTest {

  /** Every interface of a port.in package, found in the compiled core rather than listed by hand. */
  private static final List<Class<?>> USE_CASES = new ClassFileImporter()
      .withImportOption(ImportOption.Predefined.DO_NOT_INCLUDE_TESTS).importPackages("se.psi.core").stream()
      .filter(type -> type.isInterface() && !type.isAnnotation() && type.getPackageName().endsWith(".port.in"))
      .map(JavaClass::reflect).<Class<?>>map(type -> type).toList();

  private final PsiStorage storage = StorageThatStoresNothing.create();

  @Test
  void every_use_case_interface_of_a_port_in_package_is_handed_out_by_the_plain_builder() {
    PsiCore core = PsiCore.builder().storage(storage).clock(aClock()).ids(IdSource.random()).build();

    assertThat(USE_CASES).hasSizeGreaterThan(70);
    assertThat(PsiCore.useCaseTypes()).containsExactlyInAnyOrderElementsOf(USE_CASES);
    assertThat(USE_CASES).allSatisfy(useCase -> assertThat(core.useCase(useCase)).isInstanceOf(useCase));
  }

  @Test
  void every_use_case_interface_is_bound_for_guice_hosts_to_the_one_core_s_instance() {
    Injector injector = Guice.createInjector(new PsiCoreModule(), binder -> {
      binder.bind(PsiStorage.class).toInstance(storage);
    });
    PsiCore core = injector.getInstance(PsiCore.class);

    assertThat(USE_CASES).allSatisfy(useCase -> assertThat(injector.getInstance(useCase))
        .isInstanceOf(useCase).isSameAs(core.useCase(useCase)));
    assertThat(injector.getInstance(PsiCore.class)).isSameAs(core);
  }

  @Test
  void the_plain_builder_builds_and_hands_out_every_use_case_with_guice_hidden_from_it() throws Exception {
    GuiceHidden loader = new GuiceHidden(PsiCoreWiringTest.class.getClassLoader());

    @SuppressWarnings("unchecked")
    Callable<Integer> host = (Callable<Integer>) loader.loadClass(PlainHost.class.getName())
        .getDeclaredConstructor().newInstance();

    assertThat(host.call()).isEqualTo(USE_CASES.size());
    assertThat(loader.hidden).isEmpty();
    assertThatThrownBy(() -> Class.forName("com.google.inject.Guice", false, loader))
        .isInstanceOf(ClassNotFoundException.class);
  }

  @Test
  void a_use_case_is_built_once_per_core_and_shared_by_every_caller() {
    PsiCore core = PsiCore.builder().storage(storage).clock(aClock()).ids(IdSource.random()).build();

    assertThat(core.useCase(DecideMembershipUseCase.class)).isSameAs(core.useCase(DecideMembershipUseCase.class));
  }

  private static Clock aClock() {
    return Clock.fixed(Instant.parse("2027-03-01T09:00:00Z"), PsiCore.STOCKHOLM);
  }

  /**
   * Loads the core's classes itself, so that every class they link to is asked of it, and has no Guice to give: a
   * core class that needs Guice fails to load here, as it would in a host without Guice on its class path.
   */
  private static final class GuiceHidden extends ClassLoader {

    final Set<String> hidden = ConcurrentHashMap.newKeySet();

    GuiceHidden(ClassLoader parent) {
      super(parent);
    }

    @Override
    protected Class<?> loadClass(String name, boolean resolve) throws ClassNotFoundException {
      if (name.startsWith("com.google.inject.")) {
        hidden.add(name);
        throw new ClassNotFoundException(name + " is hidden: a plain Java host has no Guice");
      }
      if (!name.startsWith("se.psi.core.")) {
        return super.loadClass(name, resolve);
      }
      synchronized (getClassLoadingLock(name)) {
        Class<?> loaded = findLoadedClass(name);
        return loaded != null ? loaded : define(name);
      }
    }

    private Class<?> define(String name) throws ClassNotFoundException {
      try (InputStream bytes = getParent().getResourceAsStream(name.replace('.', '/') + ".class")) {
        if (bytes == null) {
          throw new ClassNotFoundException(name);
        }
        byte[] code = bytes.readAllBytes();
        return defineClass(name, code, 0, code.length);
      } catch (IOException unreadable) {
        throw new UncheckedIOException(unreadable);
      }
    }
  }
}

package se.psi.core.contact.domain;

import java.util.Optional;
import org.immutables.value.Value;
import se.psi.core.shared.PsiStyle;

/**
 * A contact person: personal data (CON-3), so only name, role, e-mail and phone are kept, and whether the person is
 * an official (tjänsteman) of their organisation, which a municipality's contact must be (CON-4, MEM-6).
 */
@Value.Immutable
@PsiStyle
public abstract class ContactPerson {

  public abstract ContactPersonId id();

  public abstract String name();

  /** The person's role in their organisation, e.g. "Verksamhetsutvecklare". */
  public abstract String role();

  public abstract String email();

  public abstract Optional<String> phone();

  /** Whether the person is an official (tjänsteman) of a public body. */
  public abstract boolean official();

  /** True once the personal data has been erased (CON-3); name, role, e-mail and phone are then blank. */
  @Value.Default
  public boolean erased() {
    return false;
  }

  /** The same appointment with every personal detail removed. */
  public ContactPerson pseudonymised() {
    return ImmutableContactPerson.builder().id(id()).name("").role("").email("").official(official()).erased(true)
        .build();
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableContactPerson.Builder {}
}

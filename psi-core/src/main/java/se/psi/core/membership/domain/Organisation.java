package se.psi.core.membership.domain;

import java.util.Optional;
import org.immutables.value.Value;
import se.psi.core.shared.Municipality;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.PsiStyle;
import se.psi.core.shared.Sector;

/**
 * A legal person (MEM-1): its organisation number, name, kind (which decides its sector) and, for a municipality,
 * which of the county's municipalities it is; for others, optionally where it is based.
 */
@Value.Immutable
@PsiStyle
public abstract class Organisation {

  public abstract OrganisationNumber organisationNumber();

  public abstract String name();

  public abstract OrganisationKind kind();

  public abstract Optional<Municipality> municipality();

  public Sector sector() {
    return kind().sector();
  }

  public boolean isMunicipality() {
    return kind() == OrganisationKind.MUNICIPALITY;
  }

  @Value.Check
  protected void check() {
    if (isMunicipality() && municipality().isEmpty()) {
      throw new IllegalStateException("a municipality must say which municipality it is: " + name());
    }
  }

  public static Builder builder() {
    return new Builder();
  }

  public static final class Builder extends ImmutableOrganisation.Builder {}
}

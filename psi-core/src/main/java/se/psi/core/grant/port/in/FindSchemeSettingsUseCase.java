package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import java.util.List;
import se.psi.core.grant.domain.SchemeSetting;
import se.psi.core.rules.Rejection;

/** GRA-11, GRA-12: the scheme settings, oldest first. */
public interface FindSchemeSettingsUseCase {

  Either<Rejection, List<SchemeSetting>> findSchemeSettings(GrantRegisterQuery query);
}

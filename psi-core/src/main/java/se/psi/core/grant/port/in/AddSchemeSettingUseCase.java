package se.psi.core.grant.port.in;

import io.vavr.control.Either;
import se.psi.core.grant.domain.SchemeSetting;
import se.psi.core.rules.Rejection;

/** GRA-11, GRA-12: a dated scheme setting is added. */
public interface AddSchemeSettingUseCase {

  Either<Rejection, SchemeSetting> addSchemeSetting(SchemeSettingCommand command);
}

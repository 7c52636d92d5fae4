package se.psi.core.grant.application;

import io.vavr.control.Either;
import java.time.LocalDate;
import se.psi.core.grant.domain.SchemeSetting;
import se.psi.core.grant.port.out.GrantSchemes;
import se.psi.core.rules.Rejection;

/** The scheme setting in force on a day (GRA-11, GRA-12), or that none is. */
final class SchemeSettings {

  private SchemeSettings() {}

  static Either<Rejection, SchemeSetting> inForceOn(GrantSchemes schemes, LocalDate day) {
    return SchemeSetting.inForceOn(schemes.settings(), day).<Either<Rejection, SchemeSetting>>map(Either::right)
        .orElseGet(() -> Either.left(new Rejection.NotFound(SchemeSetting.TYPE, day.toString())));
  }
}

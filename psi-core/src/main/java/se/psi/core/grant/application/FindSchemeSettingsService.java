package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.FIND_SCHEME_SETTINGS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.Comparator;
import java.util.List;
import se.psi.core.application.UseCaseBoundary;
import se.psi.core.grant.domain.SchemeSetting;
import se.psi.core.grant.port.in.FindSchemeSettingsUseCase;
import se.psi.core.grant.port.in.GrantRegisterQuery;
import se.psi.core.grant.port.out.GrantSchemes;
import se.psi.core.rules.Rejection;

/** GRA-11, GRA-12: the scheme's dated settings, oldest first, for anyone. */
final class FindSchemeSettingsService implements FindSchemeSettingsUseCase {

  private final UseCaseBoundary boundary;
  private final GrantSchemes schemes;

  @Inject
  FindSchemeSettingsService(UseCaseBoundary boundary, GrantSchemes schemes) {
    this.boundary = boundary;
    this.schemes = schemes;
  }

  @Override
  public Either<Rejection, List<SchemeSetting>> findSchemeSettings(GrantRegisterQuery query) {
    return boundary.query(query, q -> FIND_SCHEME_SETTINGS.check(q.actor()).map(ok -> schemes.settings().stream()
        .sorted(Comparator.comparing(SchemeSetting::validFrom)).toList()));
  }
}

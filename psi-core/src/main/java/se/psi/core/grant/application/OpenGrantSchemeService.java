package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.MANAGE_SCHEMES;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.List;
import se.psi.core.application.Change;
import se.psi.core.application.Today;
import se.psi.core.application.UseCaseBoundary;
import se.psi.core.grant.domain.GrantScheme;
import se.psi.core.grant.domain.GrantSchemeEvent;
import se.psi.core.grant.port.in.OpenGrantSchemeCommand;
import se.psi.core.grant.port.in.OpenGrantSchemeUseCase;
import se.psi.core.grant.port.out.GrantSchemes;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Sek;

/**
 * GRA-1: an administrator opens the scheme of a year, once. A scheme is named by its year rather than by a made id,
 * so it is created here rather than through the skeleton's creation of a new id.
 */
final class OpenGrantSchemeService implements OpenGrantSchemeUseCase {

  private final UseCaseBoundary boundary;
  private final GrantSchemes schemes;
  private final Today today;

  @Inject
  OpenGrantSchemeService(UseCaseBoundary boundary, GrantSchemes schemes, Today today) {
    this.boundary = boundary;
    this.schemes = schemes;
    this.today = today;
  }

  @Override
  public Either<Rejection, GrantScheme> openGrantScheme(OpenGrantSchemeCommand command) {
    return boundary.change(MANAGE_SCHEMES.useCase(), GrantScheme.TYPE, String.valueOf(command.year()),
        command.actor(), command, c -> MANAGE_SCHEMES.check(c.actor())
            .flatMap(ok -> schemes.find(c.year()).isDefined()
                ? Either.<Rejection, GrantScheme>left(new Rejection.IllegalState(GrantScheme.TYPE,
                    String.valueOf(c.year()), "OPEN", "grant.schemeExists"))
                : Either.right(GrantScheme.builder().year(c.year()).appropriation(Sek.of(c.appropriationKronor()))
                    .minimumAmount(Sek.of(c.minimumKronor())).maximumAmount(Sek.of(c.maximumKronor()))
                    .guidelines(c.guidelines().strip()).granted(Sek.ZERO).version(1).build()))
            .map(scheme -> {
              schemes.save(scheme);
              return Change.of(scheme, String.valueOf(scheme.year()), List.of(new GrantSchemeEvent.GrantSchemeOpened(
                  today.eventMeta().get(), scheme.year(), c.appropriationKronor(), c.minimumKronor(),
                  c.maximumKronor())));
            }));
  }
}

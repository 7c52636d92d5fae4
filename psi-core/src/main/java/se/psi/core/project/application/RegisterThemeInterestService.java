package se.psi.core.project.application;

import static se.psi.core.project.port.in.ProjectPermissions.REGISTER_THEME_INTEREST;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.Optional;
import se.psi.core.application.Change;
import se.psi.core.application.Found;
import se.psi.core.application.Today;
import se.psi.core.application.UseCaseBoundary;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.project.domain.ThemeInterest;
import se.psi.core.project.port.in.RegisterThemeInterestCommand;
import se.psi.core.project.port.in.RegisterThemeInterestUseCase;
import se.psi.core.project.port.out.ThemeInterests;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.PartnerId;

/** A partner's interests are found by the partner, and made on first registration, so not through the skeleton. */
final class RegisterThemeInterestService implements RegisterThemeInterestUseCase {

  private final UseCaseBoundary boundary;
  private final ThemeInterests interests;
  private final Partners partners;
  private final Today today;

  @Inject
  RegisterThemeInterestService(UseCaseBoundary boundary, ThemeInterests interests, Partners partners, Today today) {
    this.boundary = boundary;
    this.interests = interests;
    this.partners = partners;
    this.today = today;
  }

  @Override
  public Either<Rejection, ThemeInterest> registerThemeInterest(RegisterThemeInterestCommand command) {
    return boundary.change(REGISTER_THEME_INTEREST.useCase(), ThemeInterest.TYPE, Found.text(command.partnerId()),
        command.actor(), command, c -> Found.orNotFound(partners.find(new PartnerId(c.partnerId())), "Partner",
            c.partnerId())
            .flatMap(partner -> REGISTER_THEME_INTEREST.check(c.actor(),
                Optional.of(partner.organisation().organisationNumber())).map(ok -> partner))
            .map(partner -> {
              var changed = ThemeInterest.register(partner.id(), c.themes(), interests.find(partner.id()),
                  today.eventMeta());
              interests.save(changed.aggregate());
              return Change.of(changed.aggregate(), partner.id().toString(), changed.events());
            }));
  }
}

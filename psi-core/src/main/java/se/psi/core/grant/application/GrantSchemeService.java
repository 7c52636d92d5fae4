package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.MANAGE_DELEGATIONS;
import static se.psi.core.grant.port.in.GrantPermissions.MANAGE_SCHEMES;
import static se.psi.core.grant.port.in.GrantPermissions.READ_SCHEMES;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.List;
import java.util.Optional;
import se.psi.core.grant.domain.Delegation;
import se.psi.core.grant.domain.DelegationId;
import se.psi.core.grant.domain.GrantScheme;
import se.psi.core.grant.port.in.DelegationCommand;
import se.psi.core.grant.port.in.GrantSchemeCommand;
import se.psi.core.grant.port.in.GrantUseCases;
import se.psi.core.grant.port.out.Delegations;
import se.psi.core.grant.port.out.GrantSchemes;
import se.psi.core.shared.Actor;
import se.psi.core.shared.IdSource;
import se.psi.core.shared.Sek;
import se.psi.core.application.Change;
import se.psi.core.rules.Rejection;
import se.psi.core.application.UseCaseBoundary;

/** Grant schemes per year (GRA-1) and the delegation register (GRA-5). */
final class GrantSchemeService implements GrantUseCases.OpenGrantSchemeUseCase,
    GrantUseCases.FindGrantSchemesUseCase, GrantUseCases.RegisterDelegationUseCase {

  private final UseCaseBoundary boundary;
  private final GrantSchemes schemes;
  private final Delegations delegations;
  private final IdSource ids;

  @Inject
  GrantSchemeService(UseCaseBoundary boundary, GrantSchemes schemes, Delegations delegations, IdSource ids) {
    this.boundary = boundary;
    this.schemes = schemes;
    this.delegations = delegations;
    this.ids = ids;
  }

  @Override
  public Either<Rejection, GrantScheme> openGrantScheme(GrantSchemeCommand command) {
    return boundary.change("OpenGrantScheme", "GrantScheme", String.valueOf(command.year()), command.actor(), command,
        c -> MANAGE_SCHEMES.check(c.actor()).flatMap(ok -> schemes.find(c.year()).isDefined()
            ? Either.left(new Rejection.IllegalState("GrantScheme", String.valueOf(c.year()), "OPEN",
                "grant.schemeExists"))
            : Either.right(GrantScheme.builder().year(c.year()).appropriation(Sek.of(c.appropriationKronor()))
                .minimumAmount(Sek.of(c.minimumKronor())).maximumAmount(Sek.of(c.maximumKronor()))
                .guidelines(c.guidelines().strip()).granted(Sek.ZERO).version(1).build()))
            .map(scheme -> {
              schemes.save(scheme);
              return Change.of(scheme, String.valueOf(scheme.year()), List.of());
            }));
  }

  @Override
  public Either<Rejection, List<GrantScheme>> findGrantSchemes(Actor actor) {
    return READ_SCHEMES.check(actor).map(ok -> schemes.all());
  }

  @Override
  public Either<Rejection, Delegation> registerDelegation(DelegationCommand command) {
    return boundary.change("RegisterDelegation", "Delegation", "", command.actor(), command, c ->
        MANAGE_DELEGATIONS.check(c.actor()).map(ok -> {
          Delegation delegation = Delegation.builder().id(new DelegationId(ids.newId())).delegate(c.delegate())
              .position(c.position().strip()).fromCommittee(c.fromCommittee().strip())
              .matter(Delegation.GRANT_DECISIONS).validFrom(c.validFrom())
              .validUntil(Optional.ofNullable(c.validUntil())).version(1).build();
          delegations.save(delegation);
          return Change.of(delegation, delegation.id().toString(), List.of());
        }));
  }
}

package se.psi.core.membership.domain;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;
import se.psi.core.rules.RuleSet;
import se.psi.core.rules.Rules;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.PartnerId;
import se.psi.core.shared.PsiStyle;
import se.psi.core.rules.Rejection;

/** A party to the partnership: an admitted organisation, until it withdraws or its agreement ends. */
@Value.Immutable
@PsiStyle
public abstract class Partner {

  public abstract PartnerId id();

  public abstract Organisation organisation();

  public abstract MembershipApplicationId applicationId();

  public abstract LocalDate admittedOn();

  /** The version of the ruleset the admission was decided under. */
  public abstract String admittedUnder();

  /** MEM-8: the agreement's last day, when it has a fixed term. */
  public abstract Optional<LocalDate> agreementEndsOn();

  /** MEM-9: recorded engagement level. */
  public abstract Optional<EngagementLevel> engagement();

  public abstract PartnerStatus status();

  public abstract Optional<LocalDate> withdrawnOn();

  /** The stored version: 1 when first saved, one more for each saved change. */
  public abstract long version();

  /** What a change did: the partner and the events it caused. */
  public record Changed(Partner partner, List<DomainEvent> events) {}

  /** MEM-3: a new partner from an admitted application; the agreement's term follows the ruleset (MEM-8). */
  public static Changed admit(PartnerId id, MembershipApplication application, LocalDate on, RuleSet ruleSet,
      Supplier<EventMeta> meta) {
    Optional<LocalDate> ends = ruleSet.agreementTermEnd().filter(end -> !end.isBefore(on));
    Partner partner = ImmutablePartner.builder().id(id).organisation(application.organisation())
        .applicationId(application.id()).admittedOn(on).admittedUnder(ruleSet.version()).agreementEndsOn(ends)
        .engagement(application.engagement()).status(PartnerStatus.ACTIVE).version(1).build();
    return new Changed(partner, List.of(new PartnerEvent.PartnerAdmitted(meta.get(), id, application.id(),
        application.organisation().organisationNumber(), application.organisation().kind(),
        application.organisation().sector(), on, ends, ruleSet.version())));
  }

  /**
   * MEM-7, MEM-8: a party, not withdrawn, whose agreement has not ended on {@code date}: the one question every rule
   * and read asks before counting a partner (committee seats, contact duties, call matches).
   */
  public boolean isActiveOn(LocalDate date) {
    return status() == PartnerStatus.ACTIVE && agreementEndsOn().map(end -> !date.isAfter(end)).orElse(true);
  }

  /** MEM-7: leaving is never refused and takes effect at once; only a partner that is no longer a party cannot. */
  public Either<Rejection, Changed> withdraw(LocalDate on, Supplier<EventMeta> meta) {
    if (status() != PartnerStatus.ACTIVE) {
      return Either.left(noLongerAParty());
    }
    Partner next = ImmutablePartner.builder().from(this).status(PartnerStatus.WITHDRAWN).withdrawnOn(on)
        .version(version() + 1).build();
    return Either.right(new Changed(next, List.of(new PartnerEvent.PartnerWithdrew(meta.get(), id(),
        organisation().sector(), on))));
  }

  /**
   * MEM-8: records, on {@code today}, that the agreement ran out: the partner is no longer a party. Only for a
   * partner whose agreement's last day is before {@code today}.
   */
  public Either<Rejection, Changed> endAgreement(LocalDate today, Supplier<EventMeta> meta) {
    if (status() != PartnerStatus.ACTIVE) {
      return Either.left(noLongerAParty());
    }
    if (isActiveOn(today)) {
      return Either.left(new Rejection.IllegalState("Partner", id().toString(), status().name(),
          "partner.agreementRuns"));
    }
    LocalDate lastDay = agreementEndsOn().orElseThrow();
    Partner next = ImmutablePartner.builder().from(this).status(PartnerStatus.AGREEMENT_ENDED)
        .version(version() + 1).build();
    return Either.right(new Changed(next, List.of(new PartnerEvent.PartnerAgreementEnded(meta.get(), id(),
        organisation().sector(), lastDay, today))));
  }

  /**
   * MEM-8: renews the agreement to {@code endsOn}, or until further notice when empty. "Unless renewed" means
   * renewed while the agreement runs: from the day after its last day the partner is no longer a party, a renewal
   * is refused, and the organisation applies to join again (free, and without discretionary review: MEM-2, MEM-3).
   *
   * @param today the day of the renewal
   * @param rulesetVersion the ruleset in force on {@code today}, for the explanation of a refusal
   */
  public Either<Rejection, Changed> renewAgreement(Optional<LocalDate> endsOn, LocalDate today,
      String rulesetVersion, Supplier<EventMeta> meta) {
    if (status() == PartnerStatus.WITHDRAWN) {
      return Either.left(noLongerAParty());
    }
    return Rules.requireUnder(rulesetVersion, MembershipRules.RENEWAL, new MembershipRules.Renewal(this, today), today)
        .map(runs -> new Changed(
            ImmutablePartner.builder().from(this).agreementEndsOn(endsOn).version(version() + 1).build(),
            List.of(new PartnerEvent.PartnerAgreementRenewed(meta.get(), id(), endsOn))));
  }

  /** MEM-9: records how much the partner takes part. */
  public Either<Rejection, Changed> recordEngagement(EngagementLevel level, Supplier<EventMeta> meta) {
    if (status() != PartnerStatus.ACTIVE) {
      return Either.left(noLongerAParty());
    }
    Partner next = ImmutablePartner.builder().from(this).engagement(level).version(version() + 1).build();
    return Either.right(new Changed(next,
        List.of(new PartnerEvent.PartnerEngagementRecorded(meta.get(), id(), level))));
  }

  /** The partner withdrew (MEM-7) or its agreement ended (MEM-8). */
  private Rejection noLongerAParty() {
    return status() == PartnerStatus.WITHDRAWN ? withdrawn()
        : new Rejection.IllegalState("Partner", id().toString(), status().name(), "partner.agreementEndedState");
  }

  private Rejection withdrawn() {
    return new Rejection.IllegalState("Partner", id().toString(), PartnerStatus.WITHDRAWN.name(), "partner.withdrawn");
  }

  /**
   * Rebuilds a stored Partner, for storage adapters. Its consistency checks still apply; new ones are made through
   * the domain's own factories.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a Partner from stored state. */
  public static final class Builder extends ImmutablePartner.Builder {}
}

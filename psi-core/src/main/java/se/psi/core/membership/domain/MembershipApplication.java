package se.psi.core.membership.domain;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;
import se.psi.core.contact.domain.ContactPerson;
import se.psi.core.rules.Explanation;
import se.psi.core.rules.RuleSet;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.PartnerId;
import se.psi.core.shared.PsiStyle;
import se.psi.core.rules.Rejection;

/**
 * An organisation's application to join (MEM-3): the organisation, its board decision (MEM-4), its contact person
 * (MEM-5) and, for a municipality, the responsible political assembly (MEM-6). Parts may be missing: the decision
 * then says exactly what, and the applicant completes the application.
 */
@Value.Immutable
@PsiStyle
public abstract class MembershipApplication {

  public abstract MembershipApplicationId id();

  public abstract Organisation organisation();

  public abstract Optional<BoardDecision> boardDecision();

  /** The named contact; pseudonymised once the application is finally decided (the register then holds it). */
  public abstract Optional<ContactPerson> contactPerson();

  public abstract Optional<String> politicalAssembly();

  /** MEM-9: how much the organisation expects to take part; recorded, never required. */
  public abstract Optional<EngagementLevel> engagement();

  public abstract LocalDate submittedOn();

  public abstract ApplicationStatus status();

  /** Every decision taken on the application, oldest first. */
  public abstract List<MembershipDecision> decisions();

  /** The stored version: 1 when first saved, one more for each saved change. */
  public abstract long version();

  public Optional<MembershipDecision> latestDecision() {
    return decisions().isEmpty() ? Optional.empty() : Optional.of(decisions().get(decisions().size() - 1));
  }

  /** What a change did: the application and the events it caused. */
  public record Changed(MembershipApplication application, List<DomainEvent> events) {}

  /** A decision: the application as decided, the decision, and its events. */
  public record Decided(MembershipApplication application, MembershipDecision decision, List<DomainEvent> events) {}

  public static Changed submit(MembershipApplicationId id, Organisation organisation,
      Optional<BoardDecision> boardDecision, Optional<ContactPerson> contactPerson, Optional<String> assembly,
      Optional<EngagementLevel> engagement, LocalDate submittedOn, Supplier<EventMeta> meta) {
    MembershipApplication application = ImmutableMembershipApplication.builder().id(id).organisation(organisation)
        .boardDecision(boardDecision).contactPerson(contactPerson).politicalAssembly(assembly)
        .engagement(engagement).submittedOn(submittedOn).status(ApplicationStatus.SUBMITTED).version(1).build();
    return new Changed(application, List.of(new MembershipApplicationEvent.MembershipApplied(meta.get(), id,
        organisation.organisationNumber(), organisation.kind())));
  }

  /** Adds what the applicant supplies; what is not supplied stays as it was. */
  public Either<Rejection, Changed> complete(Optional<BoardDecision> boardDecision,
      Optional<ContactPerson> contactPerson, Optional<String> assembly, Supplier<EventMeta> meta) {
    if (!status().isDecidable()) {
      return Either.left(finallyDecided());
    }
    MembershipApplication next = ImmutableMembershipApplication.builder().from(this)
        .boardDecision(boardDecision.or(this::boardDecision))
        .contactPerson(contactPerson.or(this::contactPerson))
        .politicalAssembly(assembly.or(this::politicalAssembly))
        .status(ApplicationStatus.SUBMITTED).version(version() + 1).build();
    return Either.right(new Changed(next,
        List.of(new MembershipApplicationEvent.MembershipApplicationCompleted(meta.get(), id()))));
  }

  /**
   * The committee's decision under {@code ruleSet} on {@code decidedOn} (MEM-3): derived from the rules, never
   * discretionary. {@code partnerId} becomes the new partner's id if admitted.
   */
  public Either<Rejection, Decided> decide(RuleSet ruleSet, LocalDate decidedOn, String decidedBy,
      PartnerId partnerId, Supplier<EventMeta> meta) {
    if (!status().isDecidable()) {
      return Either.left(finallyDecided());
    }
    MembershipFacts facts = new MembershipFacts(this, decidedOn);
    Explanation explanation = Explanation.of(MembershipRules.ALL, facts, ruleSet, decidedOn);
    MembershipOutcome outcome = MembershipRules.outcomeOf(explanation);
    MembershipDecision decision = new MembershipDecision(outcome, decidedOn, decidedBy, explanation,
        outcome == MembershipOutcome.ADMITTED ? Optional.of(partnerId) : Optional.empty(),
        Optional.of(MembershipRules.DECISION.receipt(facts, decidedOn, ruleSet, explanation)));
    List<MembershipDecision> decisions = new ArrayList<>(decisions());
    decisions.add(decision);
    var next = ImmutableMembershipApplication.builder().from(this).decisions(decisions).version(version() + 1);
    List<DomainEvent> events = new ArrayList<>();
    switch (outcome) {
      case ADMITTED -> next.status(ApplicationStatus.ADMITTED).contactPerson(pseudonymisedContact());
      case REFUSED -> {
        next.status(ApplicationStatus.REFUSED).contactPerson(pseudonymisedContact());
        events.add(new MembershipApplicationEvent.MembershipApplicationRefused(meta.get(), id(),
            explanation.failedRuleIds(), ruleSet.version()));
      }
      case INCOMPLETE -> {
        next.status(ApplicationStatus.INCOMPLETE);
        events.add(new MembershipApplicationEvent.MembershipApplicationIncomplete(meta.get(), id(),
            explanation.failedRuleIds().stream().distinct().toList(), ruleSet.version()));
      }
    }
    return Either.right(new Decided(next.build(), decision, events));
  }

  /** Once finally decided the contact's personal data lives only in the partner's contact register (CON-3). */
  private Optional<ContactPerson> pseudonymisedContact() {
    return contactPerson().map(ContactPerson::pseudonymised);
  }

  private Rejection finallyDecided() {
    return new Rejection.IllegalState("MembershipApplication", id().toString(), status().name(),
        "membership.alreadyDecided");
  }

  /**
   * Rebuilds a stored MembershipApplication, for storage adapters. Its consistency checks still apply; new ones are made through
   * the domain's own factories.
   */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a MembershipApplication from stored state. */
  public static final class Builder extends ImmutableMembershipApplication.Builder {}
}

package se.psi.core.grant.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import se.psi.core.rules.Explanation;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.Referral;
import se.psi.core.shared.Sek;

/** The small values of a grant case, kept together because each is a few lines. */
public final class GrantValues {

  private GrantValues() {}

  /** GRA-3: the four basic criteria, each judged by people. */
  public enum Criterion {
    /** The project is judged to have societal benefit. */
    SOCIETAL_BENEFIT,
    /** It is innovative and aims for long-term, sustainable effects. */
    INNOVATIVE_AND_LASTING,
    /** It is new locally (it may have models elsewhere). */
    NEW_LOCALLY,
    /** It is anchored with any partners. */
    ANCHORED_WITH_PARTNERS
  }

  /** A handling-group member's judgement of a criterion. */
  public enum Judged { MET, NOT_MET }

  /** GRA-4: an adviser from the advisory team, or the Region's official. */
  public enum MemberRole { ADVISER, REGION_OFFICIAL }

  /** GRA-6: what the decision is. A referral can accompany a rejection or stand alone. */
  public enum GrantOutcome { GRANTED, REJECTED, REFERRED }

  /** GRA-3: one member's judgement, with the reasoning that makes it explainable. */
  public record Judgement(Criterion criterion, String personId, Judged verdict, String reasoning, LocalDate on) {
    public Judgement {
      Objects.requireNonNull(criterion, "criterion");
      Objects.requireNonNull(personId, "personId");
      Objects.requireNonNull(verdict, "verdict");
      Objects.requireNonNull(reasoning, "reasoning");
      Objects.requireNonNull(on, "on");
    }
  }

  /** GRA-4: a member of the handling group, with the organisation it comes from (to detect jäv, GRA-7). */
  public record HandlingGroupMember(String personId, MemberRole role, OrganisationNumber organisation) {
    public HandlingGroupMember {
      Objects.requireNonNull(personId, "personId");
      Objects.requireNonNull(role, "role");
      Objects.requireNonNull(organisation, "organisation");
    }
  }

  /** GRA-7: a member who takes no part, declared by the member or detected from the partnership's data. */
  public record ConflictOfInterest(String personId, String reason, boolean detected, LocalDate on) {
    public ConflictOfInterest {
      Objects.requireNonNull(personId, "personId");
      Objects.requireNonNull(reason, "reason");
      Objects.requireNonNull(on, "on");
    }
  }

  /**
   * GRA-7: a person's declaration on jäv before taking part in the case (förvaltningslagen 16-18 §§): that there is
   * none, or a conflict with its reason. A handling-group member judges only after declaring that there is none; a
   * "none" declared on facts that have since changed lapses and is made again.
   *
   * @param conflict the reason, when the person declares a conflict; empty when the person declares there is none
   */
  public record ConflictDeclaration(String personId, LocalDate on, Optional<String> conflict) {
    public ConflictDeclaration {
      Objects.requireNonNull(personId, "personId");
      Objects.requireNonNull(on, "on");
      Objects.requireNonNull(conflict, "conflict");
    }

    public boolean declaresConflict() {
      return conflict.isPresent();
    }
  }

  /** GRA-4: a meeting of the handling group with the applicant. */
  public record ApplicantMeeting(LocalDate date, String note) {}

  /** GRA-6: the handling group asked the applicant to complete the application. */
  public record CompletionRequest(LocalDate on, String what, String by) {}

  /** GRA-4: the handling group's proposal, drafted by the presenter (föredragande). */
  public record Proposal(GrantOutcome outcome, Optional<Sek> amount, List<String> conditions, String reasons,
      Optional<Referral> referral, String presenter, LocalDate draftedOn) {
    public Proposal {
      conditions = List.copyOf(conditions);
    }
  }

  /**
   * GRA-5: the decision on delegation, with what a Swedish decision must hold: date, outcome, reasons, the decider
   * and the delegation it rests on, who prepared it, who took part, the ruleset version and the explanation.
   */
  public record GrantDecision(GrantOutcome outcome, Optional<Sek> amount, List<String> conditions, String reasons,
      Optional<Referral> referral, String decidedBy, DelegationId delegation, String presenter,
      List<String> participants, LocalDate decidedOn, Explanation explanation) {
    public GrantDecision {
      conditions = List.copyOf(conditions);
      participants = List.copyOf(participants);
    }
  }
}

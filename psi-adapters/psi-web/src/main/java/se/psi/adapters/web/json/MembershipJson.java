package se.psi.adapters.web.json;

import java.time.LocalDate;
import java.util.List;
import java.util.UUID;
import se.psi.adapters.web.Texts;
import se.psi.core.contact.domain.ContactPerson;
import se.psi.core.contact.port.in.ContactPersonDetails;
import se.psi.core.membership.domain.ApplicationStatus;
import se.psi.core.membership.domain.BoardDecision;
import se.psi.core.membership.domain.EngagementLevel;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.domain.MembershipDecision;
import se.psi.core.membership.domain.MembershipOutcome;
import se.psi.core.membership.domain.Organisation;
import se.psi.core.membership.domain.Partner;
import se.psi.core.membership.domain.PartnerStatus;
import se.psi.core.membership.port.in.BoardDecisionDetails;
import se.psi.core.membership.port.in.OrganisationDetails;
import se.psi.core.shared.Municipality;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.Sector;

/** The membership feature's requests and answers. Requests hold only what a client may set. */
public final class MembershipJson {

  private MembershipJson() {}

  /** MEM-3: apply to join. Board decision, contact person and political assembly may come later. */
  public record ApplicationRequest(OrganisationDetails organisation, BoardDecisionDetails boardDecision,
      ContactPersonDetails contactPerson, String politicalAssembly, EngagementLevel engagement) {}

  /** MEM-8: the agreement renewed until a date, or until further notice when endsOn is left out. */
  public record RenewalRequest(LocalDate endsOn) {}

  /** MEM-9: how much the partner takes part. */
  public record EngagementRequest(EngagementLevel level) {}

  /** Add what an application lacked; what is left out stays as it was. */
  public record CompletionRequest(BoardDecisionDetails boardDecision, ContactPersonDetails contactPerson,
      String politicalAssembly) {}

  public record OrganisationJson(String organisationNumber, String name, OrganisationKind kind, Sector sector,
      Municipality municipality) {
    static OrganisationJson of(Organisation organisation) {
      return new OrganisationJson(organisation.organisationNumber().toString(), organisation.name(),
          organisation.kind(), organisation.sector(), organisation.municipality().orElse(null));
    }
  }

  /** A contact person; {@code id} names the person for an export or erasure of their data (CON-3). */
  public record ContactPersonJson(UUID id, String name, String role, String email, String phone, boolean official) {
    static ContactPersonJson of(ContactPerson person) {
      return new ContactPersonJson(person.id().value(), person.name(), person.role(), person.email(),
          person.phone().orElse(null), person.official());
    }
  }

  /**
   * A decision; {@code receiptHash} is the SHA-256 of its receipt (absent for a decision taken before receipts were
   * kept), which {@code GET .../decisions/{n}/replay} shows whole.
   */
  public record MembershipDecisionJson(MembershipOutcome outcome, LocalDate decidedOn, String decidedBy,
      UUID partnerId, ExplanationJson explanation, String receiptHash) {
    static MembershipDecisionJson of(MembershipDecision decision, Texts texts) {
      return new MembershipDecisionJson(decision.outcome(), decision.decidedOn(), decision.decidedBy(),
          decision.partnerId().map(id -> id.value()).orElse(null),
          ExplanationJson.of(decision.explanation(), texts),
          decision.receipt().map(receipt -> receipt.hash()).orElse(null));
    }
  }

  /** An application as its applicant and the committee see it; {@code version} is also its ETag. */
  public record ApplicationJson(UUID id, OrganisationJson organisation, BoardDecision boardDecision,
      ContactPersonJson contactPerson, String politicalAssembly, EngagementLevel engagement, LocalDate submittedOn,
      ApplicationStatus status, long version, MembershipDecisionJson latestDecision,
      List<MembershipDecisionJson> decisions) {
    public static ApplicationJson of(MembershipApplication application, Texts texts) {
      // The latest decision is also the last of the decisions: its explanation is rendered once for both.
      List<MembershipDecisionJson> decisions = application.decisions().stream()
          .map(d -> MembershipDecisionJson.of(d, texts)).toList();
      return new ApplicationJson(application.id().value(),
          OrganisationJson.of(application.organisation()), application.boardDecision().orElse(null),
          application.contactPerson().map(ContactPersonJson::of).orElse(null),
          application.politicalAssembly().orElse(null), application.engagement().orElse(null),
          application.submittedOn(), application.status(), application.version(),
          decisions.isEmpty() ? null : decisions.get(decisions.size() - 1), decisions);
    }
  }

  /** A partner as the partnership publishes it. */
  public record PartnerJson(UUID id, OrganisationJson organisation, LocalDate admittedOn, String admittedUnder,
      LocalDate agreementEndsOn, EngagementLevel engagement, PartnerStatus status, LocalDate withdrawnOn,
      long version) {
    public static PartnerJson of(Partner partner) {
      return new PartnerJson(partner.id().value(), OrganisationJson.of(partner.organisation()),
          partner.admittedOn(), partner.admittedUnder(), partner.agreementEndsOn().orElse(null),
          partner.engagement().orElse(null), partner.status(), partner.withdrawnOn().orElse(null),
          partner.version());
    }
  }
}

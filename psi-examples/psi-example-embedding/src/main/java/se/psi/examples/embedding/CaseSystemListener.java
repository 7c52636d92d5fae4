package se.psi.examples.embedding;

import java.io.PrintStream;
import java.util.function.Consumer;
import se.psi.core.contact.domain.ContactEvent.ContactPersonVacated;
import se.psi.core.membership.domain.PartnerEvent.PartnerAdmitted;
import se.psi.core.shared.DomainEvent;

/**
 * The municipality's reaction to the partnership's events: a new partner opens a case in the case-management
 * system; a partner left without a contact person is flagged in the CRM. Events carry ids and facts only, so
 * nothing personal leaves the partnership this way. Other events are of no interest here and are ignored.
 */
public final class CaseSystemListener implements Consumer<DomainEvent> {

  private final PrintStream caseSystem;

  public CaseSystemListener(PrintStream caseSystem) {
    this.caseSystem = caseSystem;
  }

  @Override
  public void accept(DomainEvent event) {
    if (event instanceof PartnerAdmitted admitted) {
      caseSystem.printf("Case opened: new partner %s (%s, %s), admitted %s under %s%n",
          admitted.organisationNumber(), admitted.kind(), admitted.sector(), admitted.admittedOn(),
          admitted.rulesetVersion());
    } else if (event instanceof ContactPersonVacated vacated) {
      caseSystem.printf("CRM: partner %s has had no contact person since %s%n", vacated.partnerId(),
          vacated.vacantSince());
    }
  }
}

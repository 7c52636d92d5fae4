package se.psi.core.meeting.application;

import jakarta.inject.Inject;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.meeting.domain.PresentationObligation;
import se.psi.core.meeting.domain.PresentationObligationId;
import se.psi.core.meeting.port.out.PresentationObligations;

/** MTG-3: presentation obligations on the kernel's {@link Changes}, as the committee follows them. */
final class PresentationChanges {

  static final String TYPE = "PresentationObligation";

  final Changes changes;
  final Aggregates<PresentationObligation, PresentationObligationId> obligations;

  @Inject
  PresentationChanges(Changes changes, PresentationObligations obligations) {
    this.changes = changes;
    this.obligations = Aggregates.unowned(TYPE, PresentationObligationId::new, obligations::find,
        obligations::save, PresentationObligation::version);
  }
}

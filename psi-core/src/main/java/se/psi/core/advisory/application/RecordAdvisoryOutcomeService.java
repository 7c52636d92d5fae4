package se.psi.core.advisory.application;

import static se.psi.core.advisory.port.in.AdvisoryPermissions.ADVISE;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.Optional;
import se.psi.core.advisory.domain.AdvisoryCase;
import se.psi.core.advisory.domain.AdvisoryCaseId;
import se.psi.core.advisory.port.in.RecordAdvisoryOutcomeCommand;
import se.psi.core.advisory.port.in.RecordAdvisoryOutcomeUseCase;
import se.psi.core.advisory.port.out.AdvisoryCases;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Referral;

/** ADV-2: an outcome is dated today and signed with the adviser's host id. */
final class RecordAdvisoryOutcomeService implements RecordAdvisoryOutcomeUseCase {

  private final Changes changes;
  private final Aggregates<AdvisoryCase, AdvisoryCaseId> cases;

  @Inject
  RecordAdvisoryOutcomeService(Changes changes, AdvisoryCases cases) {
    this.changes = changes;
    this.cases = AdvisoryCaseAggregates.of(cases);
  }

  @Override
  public Either<Rejection, AdvisoryCase> recordAdvisoryOutcome(RecordAdvisoryOutcomeCommand c) {
    return changes.change(ADVISE, cases, c.caseId(), c.expectedVersion(), c.actor(), c,
        (advisory, today) -> advisory.record(new AdvisoryCase.Outcome(c.kind(), c.note().strip(),
            Optional.ofNullable(c.referral()).map(r -> new Referral(r.to().strip(), r.kind(), r.why().strip())),
            c.actor().personId(), today.date()), c.close(), today.eventMeta()));
  }
}

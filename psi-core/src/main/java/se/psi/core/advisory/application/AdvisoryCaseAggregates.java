package se.psi.core.advisory.application;

import se.psi.core.advisory.domain.AdvisoryCase;
import se.psi.core.advisory.domain.AdvisoryCaseId;
import se.psi.core.advisory.port.out.AdvisoryCases;
import se.psi.core.application.Aggregates;

/**
 * Advisory cases as the change skeleton reaches them: the advisory team holds them, not the organisation advised,
 * which need not be a party.
 */
final class AdvisoryCaseAggregates {

  static final String TYPE = "AdvisoryCase";

  private AdvisoryCaseAggregates() {}

  static Aggregates<AdvisoryCase, AdvisoryCaseId> of(AdvisoryCases cases) {
    return Aggregates.unowned(TYPE, AdvisoryCaseId::new, cases::find, cases::save, AdvisoryCase::version);
  }
}

package se.psi.core.advisory.port.out;

import io.vavr.control.Option;
import java.util.List;
import se.psi.core.advisory.domain.AdvisoryCase;
import se.psi.core.advisory.domain.AdvisoryCaseId;

/** Driven port: advisory cases, with optimistic locking. */
public interface AdvisoryCases {

  Option<AdvisoryCase> find(AdvisoryCaseId id);

  /** Every case, newest first. */
  List<AdvisoryCase> all();

  void save(AdvisoryCase advisoryCase);
}

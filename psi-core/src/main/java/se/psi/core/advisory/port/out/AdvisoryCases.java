package se.psi.core.advisory.port.out;

import io.vavr.control.Option;
import java.util.List;
import java.util.UUID;
import se.psi.core.advisory.domain.AdvisoryCase;

/** Driven port: advisory cases, with optimistic locking. */
public interface AdvisoryCases {

  Option<AdvisoryCase> find(UUID id);

  /** Every case, newest first. */
  List<AdvisoryCase> all();

  void save(AdvisoryCase advisoryCase);
}

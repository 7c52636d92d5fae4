package se.psi.core.documentation.port.out;

import io.vavr.control.Option;
import java.util.List;
import java.util.UUID;
import se.psi.core.documentation.domain.InnovationRecord;

/** Driven port: documented social innovations, with optimistic locking. */
public interface InnovationRecords {

  Option<InnovationRecord> find(UUID id);

  /** Every record, newest first. */
  List<InnovationRecord> all();

  void save(InnovationRecord record);
}

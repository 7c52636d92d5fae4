package se.psi.core.documentation.port.out;

import io.vavr.control.Option;
import java.util.List;
import se.psi.core.documentation.domain.InnovationRecord;
import se.psi.core.documentation.domain.InnovationRecordId;

/** Driven port: documented social innovations, with optimistic locking. */
public interface InnovationRecords {

  Option<InnovationRecord> find(InnovationRecordId id);

  /** Every record, newest first. */
  List<InnovationRecord> all();

  void save(InnovationRecord record);
}

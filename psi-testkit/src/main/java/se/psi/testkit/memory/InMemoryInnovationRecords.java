package se.psi.testkit.memory;

import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import se.psi.core.documentation.domain.InnovationRecord;
import se.psi.core.documentation.domain.InnovationRecordId;
import se.psi.core.documentation.port.out.InnovationRecords;

/** {@link InnovationRecords} in memory. */
public final class InMemoryInnovationRecords extends InMemoryRepository<InnovationRecordId, InnovationRecord>
    implements InnovationRecords {

  public InMemoryInnovationRecords() {
    super(InnovationRecord.TYPE, InnovationRecord::id, InnovationRecord::version);
  }

  @Override
  public Option<InnovationRecord> find(InnovationRecordId id) {
    return store.find(id);
  }

  @Override
  public List<InnovationRecord> all() {
    return store.all().stream().sorted(Comparator.comparing(InnovationRecord::recordedOn).reversed()
        .thenComparing(r -> r.id().value())).toList();
  }

  @Override
  public void save(InnovationRecord record) {
    store.save(record);
  }
}

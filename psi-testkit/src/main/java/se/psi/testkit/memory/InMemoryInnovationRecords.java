package se.psi.testkit.memory;

import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import java.util.UUID;
import se.psi.core.documentation.domain.InnovationRecord;
import se.psi.core.documentation.port.out.InnovationRecords;

/** {@link InnovationRecords} in memory. */
public final class InMemoryInnovationRecords extends InMemoryRepository<UUID, InnovationRecord>
    implements InnovationRecords {

  public InMemoryInnovationRecords() {
    super("InnovationRecord", InnovationRecord::id, InnovationRecord::version);
  }

  @Override
  public Option<InnovationRecord> find(UUID id) {
    return store.find(id);
  }

  @Override
  public List<InnovationRecord> all() {
    return store.all().stream().sorted(Comparator.comparing(InnovationRecord::recordedOn).reversed()
        .thenComparing(InnovationRecord::id)).toList();
  }

  @Override
  public void save(InnovationRecord record) {
    store.save(record);
  }
}

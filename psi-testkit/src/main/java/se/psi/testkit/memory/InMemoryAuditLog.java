package se.psi.testkit.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.psi.core.usecase.AuditEntry;
import se.psi.core.usecase.AuditLog;

/** {@link AuditLog} in memory, append-only. */
public final class InMemoryAuditLog implements AuditLog, Transactional {

  private List<AuditEntry> entries = new ArrayList<>();

  @Override
  public synchronized void append(AuditEntry entry) {
    entries.add(entry);
  }

  @Override
  public synchronized List<AuditEntry> between(Instant from, Instant to) {
    return entries.stream().filter(e -> !e.at().isBefore(from) && e.at().isBefore(to))
        .sorted(java.util.Comparator.comparing(AuditEntry::at)).toList();
  }

  /** Every entry, oldest first. */
  public synchronized List<AuditEntry> entries() {
    return List.copyOf(entries);
  }

  @Override
  public synchronized Object snapshot() {
    return new ArrayList<>(entries);
  }

  @Override
  @SuppressWarnings("unchecked")
  public synchronized void restore(Object snapshot) {
    entries = new ArrayList<>((List<AuditEntry>) snapshot);
  }
}

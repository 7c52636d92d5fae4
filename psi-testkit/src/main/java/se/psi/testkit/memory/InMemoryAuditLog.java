package se.psi.testkit.memory;

import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import se.psi.core.port.out.AuditEntry;
import se.psi.core.port.out.AuditLog;

/** {@link AuditLog} in memory, append-only. */
public final class InMemoryAuditLog implements AuditLog, Transactional {

  // Only appended to, so a transaction's snapshot is the length and a rollback cuts back to it: O(1) at any size.
  private final List<AuditEntry> entries = new ArrayList<>();

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
    return entries.size();
  }

  @Override
  public synchronized void restore(Object snapshot) {
    entries.subList((Integer) snapshot, entries.size()).clear();
  }
}

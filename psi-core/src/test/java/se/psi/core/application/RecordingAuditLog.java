package se.psi.core.application;

import java.time.Instant;
import java.util.List;
import se.psi.core.port.out.AuditEntry;
import se.psi.core.port.out.AuditLog;

/** Keeps the entries in a list the test reads. */
record RecordingAuditLog(List<AuditEntry> entries) implements AuditLog {

  @Override
  public void append(AuditEntry entry) {
    entries.add(entry);
  }

  @Override
  public List<AuditEntry> between(Instant from, Instant to) {
    return List.copyOf(entries);
  }
}

package se.psi.core.port.out;

import java.time.Instant;
import java.util.List;

/** Driven port: the append-only record of every state-changing command. Entries are never changed or removed. */
public interface AuditLog {

  void append(AuditEntry entry);

  /** Entries handled in {@code [from, to)}, oldest first. */
  List<AuditEntry> between(Instant from, Instant to);
}

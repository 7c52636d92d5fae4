package se.psi.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Instant;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.psi.core.port.out.AuditEntry;
import se.psi.core.port.out.AuditLog;

/** The contract of the {@link AuditLog} port: append-only, read back by time. Return an empty log. */
public abstract class AuditLogContract {

  protected abstract AuditLog auditLog();

  @Test
  void entries_are_read_back_by_half_open_time_range_oldest_first() {
    AuditLog log = auditLog();
    AuditEntry early = entry("2022-03-01T10:00:00Z", AuditEntry.ACCEPTED);
    AuditEntry late = entry("2022-03-01T12:00:00Z", "NotPermitted");
    AuditEntry outside = entry("2022-03-02T00:00:00Z", AuditEntry.ACCEPTED);
    log.append(late);
    log.append(early);
    log.append(outside);

    assertThat(log.between(Instant.parse("2022-03-01T00:00:00Z"), Instant.parse("2022-03-02T00:00:00Z")))
        .containsExactly(early, late);
  }

  private static AuditEntry entry(String at, String outcome) {
    return new AuditEntry(UUID.randomUUID(), Instant.parse(at), "person-1", "DecideMembership",
        "MembershipApplication", UUID.randomUUID().toString(), outcome);
  }
}

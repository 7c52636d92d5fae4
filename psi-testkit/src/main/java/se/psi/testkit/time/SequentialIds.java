package se.psi.testkit.time;

import java.util.UUID;
import java.util.concurrent.atomic.AtomicLong;
import se.psi.core.shared.IdSource;

/** Ids for tests: 00000000-0000-0000-0000-000000000001, ...002, and so on, so runs repeat exactly. */
public final class SequentialIds implements IdSource {

  private final AtomicLong next = new AtomicLong();

  @Override
  public UUID newId() {
    return new UUID(0, next.incrementAndGet());
  }
}

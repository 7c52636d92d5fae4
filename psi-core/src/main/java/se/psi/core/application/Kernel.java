package se.psi.core.application;

import jakarta.validation.Validator;
import java.time.Clock;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import se.psi.core.port.out.AuditLog;
import se.psi.core.port.out.EventOutbox;
import se.psi.core.port.out.UnitOfWork;
import se.psi.core.shared.IdSource;

/**
 * What every feature's services are built from, made once per core: the day ({@link Today}: clock, ids, the ruleset
 * in force), the use-case boundary (validation, the unit of work, events with their policies, the audit log) and the
 * change skeleton ({@link Changes}).
 *
 * <p>Each feature has a {@code <Feature>Wiring} in its {@code application} package that builds its services with
 * {@code new} from the kernel and its storage ports and registers each use-case interface in a
 * {@link UseCaseRegistry}; {@code PsiCore} calls them in turn. Plain constructors, no container: that is the whole
 * wiring, for plain Java and Guice hosts alike.
 */
public record Kernel(Today today, UseCaseBoundary boundary, Changes changes) {

  public Kernel {
    Objects.requireNonNull(today, "today");
    Objects.requireNonNull(boundary, "boundary");
    Objects.requireNonNull(changes, "changes");
  }

  /**
   * The kernel over the shared driven ports.
   *
   * @param policies the reactions to events inside the change's transaction, the features' and the host's
   */
  public static Kernel of(Today today, Validator validator, UnitOfWork unitOfWork, AuditLog auditLog,
      EventOutbox outbox, List<EventPolicy> policies) {
    EventBus events = new EventBus(outbox, Set.copyOf(policies));
    UseCaseBoundary boundary = new UseCaseBoundary(new InputValidator(validator), unitOfWork, auditLog, events,
        today.clock(), today.ids());
    return new Kernel(today, boundary, new Changes(boundary, today));
  }

  public Clock clock() {
    return today.clock();
  }

  public IdSource ids() {
    return today.ids();
  }
}

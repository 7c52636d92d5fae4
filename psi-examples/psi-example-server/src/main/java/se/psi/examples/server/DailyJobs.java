package se.psi.examples.server;

import java.io.PrintStream;
import java.time.Clock;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.util.concurrent.Executors;
import java.util.concurrent.ScheduledExecutorService;
import java.util.concurrent.TimeUnit;
import se.psi.core.PsiCore;
import se.psi.core.contact.port.in.ContactDutiesQuery;
import se.psi.core.contact.port.in.RemindVacantContactsUseCase;
import se.psi.core.membership.port.in.EndExpiredAgreementsCommand;
import se.psi.core.membership.port.in.EndExpiredAgreementsUseCase;
import se.psi.core.shared.Actor;
import se.psi.core.shared.Role;

/**
 * What the partnership needs done because time passes without anyone asking: the agreements that ran out are
 * recorded as ended (MEM-8), and partners whose contact person is vacant are reminded (CON-2). Both run once at
 * start-up and then every day just after midnight in the server clock's zone, as an administrator would.
 */
final class DailyJobs implements AutoCloseable {

  /** Who the jobs act as, in the audit log. */
  static final Actor SCHEDULER = Actor.of("psi-daily-jobs", Role.ADMINISTRATOR);

  private final PsiCore core;
  private final PrintStream log;
  private final ScheduledExecutorService executor;

  private DailyJobs(PsiCore core, PrintStream log) {
    this.core = core;
    this.log = log;
    this.executor = Executors.newSingleThreadScheduledExecutor(task -> {
      Thread thread = new Thread(task, "psi-daily-jobs");
      thread.setDaemon(true);
      return thread;
    });
  }

  /** Runs the jobs now, then every day at a minute past midnight. */
  static DailyJobs start(PsiCore core, Clock clock, PrintStream log) {
    DailyJobs jobs = new DailyJobs(core, log);
    jobs.runOnce();
    ZonedDateTime now = ZonedDateTime.now(clock);
    ZonedDateTime next = now.toLocalDate().plusDays(1).atTime(0, 1).atZone(clock.getZone());
    jobs.executor.scheduleAtFixedRate(jobs::runOnce, Duration.between(now, next).toMillis(),
        TimeUnit.DAYS.toMillis(1), TimeUnit.MILLISECONDS);
    return jobs;
  }

  void runOnce() {
    var ended = core.useCase(EndExpiredAgreementsUseCase.class)
        .endExpiredAgreements(new EndExpiredAgreementsCommand(SCHEDULER));
    var reminded = core.useCase(RemindVacantContactsUseCase.class)
        .remindVacantContacts(new ContactDutiesQuery(SCHEDULER));
    log.println("Daily jobs: " + ended.fold(Object::toString, list -> counted(list.size(), "agreement", "agreements")
        + " ended (MEM-8)") + ", " + reminded.fold(Object::toString, list -> counted(list.size(), "partner",
        "partners") + " reminded of a vacant contact (CON-2)") + ".");
  }

  /** "1 partner", "2 partners": the operator's log reads as a sentence too. */
  static String counted(int count, String one, String many) {
    return new java.text.MessageFormat("{0,choice,0#{0} " + many + "|1#{0} " + one + "|1<{0,number,integer} "
        + many + "}", java.util.Locale.ENGLISH).format(new Object[] {count});
  }

  @Override
  public void close() {
    executor.shutdownNow();
  }
}

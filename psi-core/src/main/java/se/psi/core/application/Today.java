package se.psi.core.application;

import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.util.UUID;
import java.util.function.Supplier;
import se.psi.core.rules.Rejection;
import se.psi.core.rules.RuleSet;
import se.psi.core.rules.RuleSetRegistry;
import se.psi.core.rules.RuleSetRules;
import se.psi.core.rules.Rules;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.IdSource;

/**
 * What a change needs of the day it runs on, as one value: the date (from the injected clock, in its zone), the
 * ruleset in force, fresh ids and event metadata. A test that fixes the clock decides on 2031 as easily as on today.
 */
public final class Today {

  private final RuleSetRegistry registry;
  private final Clock clock;
  private final IdSource ids;

  @Inject
  public Today(RuleSetRegistry registry, Clock clock, IdSource ids) {
    this.registry = registry;
    this.clock = clock;
    this.ids = ids;
  }

  /** Today's date in the clock's zone (Europe/Stockholm by default). */
  public LocalDate date() {
    return LocalDate.now(clock);
  }

  public Instant now() {
    return clock.instant();
  }

  public UUID newId() {
    return ids.newId();
  }

  /** Metadata for the events of one change: a fresh id each, the time from the clock. */
  public Supplier<EventMeta> eventMeta() {
    return EventMeta.source(ids, clock);
  }

  /** The ruleset in force today, or the RULESET-2 refusal. */
  public Either<Rejection, RuleSet> ruleSet() {
    return ruleSetOn(date());
  }

  /** The ruleset in force on {@code date}, or the RULESET-2 refusal naming the date and the partnership. */
  public Either<Rejection, RuleSet> ruleSetOn(LocalDate date) {
    return registry.inForceOn(date).toEither(() -> Rules.refusal(Rules.explainUnder(Rules.NO_RULESET,
        RuleSetRules.DECISION, new RuleSetRules.Deciding(registry, date), date)).orElseThrow());
  }

  /** The version of the ruleset in force on {@code date}, or "-" for none: for records that name it. */
  public String versionOn(LocalDate date) {
    return registry.inForceOn(date).map(RuleSet::version).getOrElse(Rules.NO_RULESET);
  }

  public Option<RuleSet> inForceOn(LocalDate date) {
    return registry.inForceOn(date);
  }

  public RuleSetRegistry registry() {
    return registry;
  }

  public Clock clock() {
    return clock;
  }

  public IdSource ids() {
    return ids;
  }
}

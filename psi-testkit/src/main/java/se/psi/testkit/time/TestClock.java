package se.psi.testkit.time;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.Period;
import java.time.ZoneId;
import java.util.concurrent.atomic.AtomicReference;

/** A clock for tests: fixed until moved, in Europe/Stockholm. */
public final class TestClock extends Clock {

  private static final ZoneId STOCKHOLM = ZoneId.of("Europe/Stockholm");

  private final AtomicReference<Instant> now;
  private final ZoneId zone;

  private TestClock(Instant now, ZoneId zone) {
    this.now = new AtomicReference<>(now);
    this.zone = zone;
  }

  /** Noon, Stockholm time, on {@code date} (ISO, e.g. {@code 2022-03-01}). */
  public static TestClock at(String date) {
    return at(LocalDate.parse(date));
  }

  public static TestClock at(LocalDate date) {
    return new TestClock(date.atTime(12, 0).atZone(STOCKHOLM).toInstant(), STOCKHOLM);
  }

  public LocalDate today() {
    return LocalDate.ofInstant(now.get(), zone);
  }

  public void advance(Duration duration) {
    now.updateAndGet(instant -> instant.plus(duration));
  }

  /** Moves the clock forward by whole days, keeping the time of day. */
  public void advance(Period period) {
    now.updateAndGet(instant -> instant.atZone(zone).plus(period).toInstant());
  }

  public void setToday(LocalDate date) {
    now.set(date.atTime(12, 0).atZone(zone).toInstant());
  }

  @Override
  public ZoneId getZone() {
    return zone;
  }

  @Override
  public Clock withZone(ZoneId otherZone) {
    return new TestClock(now.get(), otherZone);
  }

  @Override
  public Instant instant() {
    return now.get();
  }
}

package se.psi.adapters.web;

import java.time.Duration;
import java.util.Objects;

/**
 * How many changes an anonymous caller may send from one client address (the partnership's public forms: ideas,
 * meeting registrations) in a period; beyond it the answer is 429 with {@code Retry-After}. The allowance refills
 * evenly over the period, so a burst of {@code changes} is allowed and then one change per {@code period / changes}.
 * Signed-in callers are not limited here: their host knows who they are. The address comes from the request property
 * {@link #CLIENT_ADDRESS}, which {@link se.psi.adapters.web.grizzly.PsiGrizzly} sets from the connection; a host on
 * another runtime, or behind a proxy, sets it itself (e.g. from the proxy's {@code Forwarded} header, which only it
 * can trust). A request without it is not limited.
 */
public record AnonymousWriteLimit(int changes, Duration period) {

  /** The request property holding the client's address as text (e.g. {@code 192.0.2.7}). */
  public static final String CLIENT_ADDRESS = "se.psi.web.client-address";

  public AnonymousWriteLimit {
    Objects.requireNonNull(period, "period");
    if (changes < 1 || period.isNegative() || period.isZero()) {
      throw new IllegalArgumentException("an anonymous write limit needs at least 1 change in a positive period, not "
          + changes + " in " + period);
    }
  }

  /** At most {@code changes} a minute from one address. */
  public static AnonymousWriteLimit perMinute(int changes) {
    return new AnonymousWriteLimit(changes, Duration.ofMinutes(1));
  }
}

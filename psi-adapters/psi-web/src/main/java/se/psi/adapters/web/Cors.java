package se.psi.adapters.web;

import java.time.Duration;
import java.util.Set;

/**
 * Which browser origins may call the API from another site (CORS). {@link #none()} by default: a frontend served
 * from the API's own origin needs nothing.
 *
 * @param allowedOrigins exact origins such as {@code https://psi.example.se}; {@code *} allows any origin, for a
 *     read-only public deployment
 * @param maxAge how long a browser may cache a preflight answer
 */
public record Cors(Set<String> allowedOrigins, Duration maxAge) {

  public Cors {
    allowedOrigins = Set.copyOf(allowedOrigins);
  }

  public static Cors none() {
    return new Cors(Set.of(), Duration.ZERO);
  }

  public static Cors allowing(String... origins) {
    return new Cors(Set.of(origins), Duration.ofHours(1));
  }

  public boolean allows(String origin) {
    return origin != null && (allowedOrigins.contains("*") || allowedOrigins.contains(origin));
  }
}

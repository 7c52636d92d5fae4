package se.psi.adapters.web.http;

import io.github.bucket4j.Bandwidth;
import io.github.bucket4j.Bucket;
import io.github.bucket4j.ConsumptionProbe;
import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.TimeUnit;
import se.psi.adapters.web.AnonymousWriteLimit;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.problem.ProblemMappers;
import se.psi.adapters.web.problem.ProblemType;
import se.psi.adapters.web.problem.Problems;

/**
 * Holds anonymous changes to {@link AnonymousWriteLimit}, with a token bucket per client address. Runs after the
 * caller is known, so signed-in callers pass untouched, and before the body is read.
 */
@Priority(Priorities.AUTHORIZATION)
public final class AnonymousWriteLimitFilter implements ContainerRequestFilter {

  /** Beyond this many addresses, the ones whose allowance is whole again are forgotten, so memory stays bounded. */
  static final int ADDRESSES_KEPT = 10_000;

  private static final Set<String> READS = Set.of("GET", "HEAD", "OPTIONS");

  private final AnonymousWriteLimit limit;
  private final Map<String, Bucket> buckets = new ConcurrentHashMap<>();

  public AnonymousWriteLimitFilter(AnonymousWriteLimit limit) {
    this.limit = limit;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (READS.contains(request.getMethod()) || !CallerFilter.Caller.isAnonymous(request.getSecurityContext())
        || !(request.getProperty(AnonymousWriteLimit.CLIENT_ADDRESS) instanceof String address)) {
      return;
    }
    ConsumptionProbe probe = bucketOf(address).tryConsumeAndReturnRemaining(1);
    if (!probe.isConsumed()) {
      long seconds = Math.max(1, TimeUnit.NANOSECONDS.toSeconds(probe.getNanosToWaitForRefill() + 999_999_999L));
      Texts texts = Texts.ofAcceptLanguage(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE));
      // Seconds are the header's unit; a person reads a long wait more easily in minutes.
      Response problem = ProblemMappers.respond(seconds < 120
          ? Problems.of(ProblemType.TOO_MANY_REQUESTS, texts, "detail.tooManyWrites", seconds)
          : Problems.of(ProblemType.TOO_MANY_REQUESTS, texts, "detail.tooManyWritesMinutes", (seconds + 59) / 60),
          request.getUriInfo(), texts);
      request.abortWith(Response.fromResponse(problem).header(HttpHeaders.RETRY_AFTER, seconds).build());
    }
  }

  private Bucket bucketOf(String address) {
    if (buckets.size() > ADDRESSES_KEPT) {
      buckets.values().removeIf(bucket -> bucket.getAvailableTokens() >= limit.changes());
    }
    return buckets.computeIfAbsent(address, any -> Bucket.builder()
        .addLimit(Bandwidth.builder().capacity(limit.changes()).refillGreedy(limit.changes(), limit.period())
            .build())
        .build());
  }
}

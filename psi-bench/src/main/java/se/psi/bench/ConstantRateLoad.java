package se.psi.bench;

import java.io.IOException;
import java.net.URI;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.locks.LockSupport;
import org.apache.hc.client5.http.async.methods.SimpleHttpRequest;
import org.apache.hc.client5.http.async.methods.SimpleHttpResponse;
import org.apache.hc.client5.http.async.methods.SimpleRequestBuilder;
import org.apache.hc.client5.http.impl.async.CloseableHttpAsyncClient;
import org.apache.hc.client5.http.impl.async.HttpAsyncClients;
import org.apache.hc.client5.http.impl.nio.PoolingAsyncClientConnectionManagerBuilder;
import org.apache.hc.core5.concurrent.FutureCallback;
import org.apache.hc.core5.http.config.Http1Config;
import org.apache.hc.core5.http2.config.H2Config;
import org.apache.hc.core5.reactor.IOReactorConfig;

/**
 * A load generator that holds a constant rate, run as its own process beside the server (HttpLoad starts it pinned
 * to another processor): requests are due at fixed intervals whether or not earlier answers have come, and each
 * latency runs from when its request was due, so a server that falls behind is charged for the wait it causes
 * (no coordinated omission). wrk, which sends as fast as answers return, measures the maximum rate; this measures
 * latency at a chosen rate. The client is Apache HttpClient's asynchronous one on a single I/O thread, with a pool of
 * {@link #CONNECTIONS} connections as wrk has: a request due while all are busy waits for one, and that wait counts in
 * its latency. A warm-up at the same rate, not counted,
 * comes first, so that neither this JVM nor the server is measured cold.
 *
 * <p>Arguments: {@code <url> <rate per second> <warm-up seconds> <seconds> [<decisions file>]}. With a decisions
 * file (one fresh application id per line, at least as many as requests in both phases) each request decides the
 * next application, {@code POST <url>/<id>/decision}, as HttpLoad's wrk script does. Prints one line:
 * {@code sent=... ok=... failed=... seconds=... p50=... p99=...} (milliseconds) for the counted phase.
 */
public final class ConstantRateLoad {

  /** The most requests in flight at once, as many as wrk's connections in HttpLoad. */
  static final int CONNECTIONS = 16;

  // The minimal client: no cookies, redirects, authentication or decompression to spend the one processor on.
  private final CloseableHttpAsyncClient client = HttpAsyncClients.createMinimal(H2Config.DEFAULT,
      Http1Config.DEFAULT, IOReactorConfig.custom().setIoThreadCount(1).build(),
      PoolingAsyncClientConnectionManagerBuilder.create().setMaxConnTotal(CONNECTIONS)
          .setMaxConnPerRoute(CONNECTIONS).build());
  private final URI url;
  private final List<String> decisions;
  private int next;

  private ConstantRateLoad(URI url, List<String> decisions) {
    this.url = url;
    this.decisions = decisions;
  }

  public static void main(String[] args) throws IOException, InterruptedException {
    double rate = Double.parseDouble(args[1]);
    ConstantRateLoad load = new ConstantRateLoad(URI.create(args[0]),
        args.length > 4 ? Files.readAllLines(Path.of(args[4])) : List.of());
    load.client.start();
    load.phase(rate, Integer.parseInt(args[2]));
    System.out.println(load.phase(rate, Integer.parseInt(args[3])));
    System.exit(0);
  }

  /** Sends at {@code rate} for {@code seconds}, waits for every answer, and describes what it measured. */
  private String phase(double rate, int seconds) throws InterruptedException {
    int total = (int) Math.round(rate * seconds);
    long[] latencies = new long[total];
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger failed = new AtomicInteger();
    CountDownLatch answered = new CountDownLatch(total);
    long intervalNanos = (long) (1e9 / rate);
    long start = System.nanoTime();
    for (int i = 0; i < total; i++) {
      long due = start + i * intervalNanos;
      long wait = due - System.nanoTime();
      if (wait > 0) {
        LockSupport.parkNanos(wait);
      }
      int index = i;
      client.execute(request(), new FutureCallback<SimpleHttpResponse>() {
        @Override
        public void completed(SimpleHttpResponse response) {
          answer(response.getCode() / 100 == 2);
        }

        @Override
        public void failed(Exception error) {
          answer(false);
        }

        @Override
        public void cancelled() {
          answer(false);
        }

        private void answer(boolean success) {
          latencies[index] = System.nanoTime() - due;
          (success ? ok : failed).incrementAndGet();
          answered.countDown();
        }
      });
    }
    boolean all = answered.await(seconds + 60L, TimeUnit.SECONDS);
    double elapsed = (System.nanoTime() - start) / 1e9;
    long[] sorted = latencies.clone();
    Arrays.sort(sorted);
    return String.format(Locale.ROOT, "sent=%d ok=%d failed=%d seconds=%.3f p50=%.3f p99=%.3f", total, ok.get(),
        failed.get() + (all ? 0 : (int) answered.getCount()), elapsed, sorted[total / 2] / 1e6,
        sorted[(int) Math.ceil(total * 0.99) - 1] / 1e6);
  }

  private SimpleHttpRequest request() {
    if (decisions.isEmpty()) {
      return SimpleRequestBuilder.get(url).build();
    }
    // Past the last application it starts again, and those decisions fail on If-Match and are counted as failed.
    String id = decisions.get(next++ % decisions.size());
    return SimpleRequestBuilder.post(URI.create(url + "/" + id + "/decision"))
        .setHeader("If-Match", "\"" + HttpLoad.FRESH_VERSION + "\"").setHeader(HttpLoad.CALLER_HEADER, "committee")
        .build();
  }
}

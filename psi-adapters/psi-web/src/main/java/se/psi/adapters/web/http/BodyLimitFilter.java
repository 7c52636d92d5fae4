package se.psi.adapters.web.http;

import jakarta.annotation.Priority;
import jakarta.ws.rs.Priorities;
import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.HttpHeaders;
import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.WebLimits;
import se.psi.adapters.web.problem.ProblemType;
import se.psi.adapters.web.problem.Problems;

/**
 * Refuses a body larger than the limit with 413: at once when {@code Content-Length} says so, and while reading when
 * a chunked body grows beyond it. Nothing has been written by then: bodies are read before any use case runs.
 */
@PreMatching
@Priority(Priorities.AUTHENTICATION - 100)
public final class BodyLimitFilter implements ContainerRequestFilter {

  private final WebLimits limits;

  public BodyLimitFilter(WebLimits limits) {
    this.limits = limits;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    if (request.getLength() > limits.maxBodyBytes()) {
      throw tooLarge(request);
    }
    if (declaresBody(request)) {
      request.setEntityStream(new Limited(request.getEntityStream(), limits.maxBodyBytes(), request));
    }
  }

  /**
   * Whether the request says it has a body (RFC 9112 6.3: Content-Length or Transfer-Encoding). Asking the stream
   * instead would block on a request that offers a protocol upgrade, as the JDK's HttpClient does by default
   * ({@code Upgrade: h2c}): the server treats what follows on the connection as the body and waits for it.
   */
  private static boolean declaresBody(ContainerRequestContext request) {
    return request.getLength() > 0 || request.getHeaderString("Transfer-Encoding") != null;
  }

  private RuntimeException tooLarge(ContainerRequestContext request) {
    return Problems.exception(ProblemType.BODY_TOO_LARGE, Texts.ofAcceptLanguage(request.getHeaderString(HttpHeaders.ACCEPT_LANGUAGE)),
        "detail.bodyTooLarge", limits.maxBodyBytes());
  }

  private final class Limited extends FilterInputStream {
    private final int max;
    private final ContainerRequestContext request;
    private long read;

    Limited(InputStream in, int max, ContainerRequestContext request) {
      super(in);
      this.max = max;
      this.request = request;
    }

    @Override
    public int read() throws IOException {
      int b = super.read();
      count(b < 0 ? 0 : 1);
      return b;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) throws IOException {
      int n = super.read(buffer, offset, length);
      count(Math.max(n, 0));
      return n;
    }

    private void count(int n) {
      read += n;
      if (read > max) {
        throw tooLarge(request);
      }
    }
  }
}

package se.psi.adapters.web.grizzly;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import org.glassfish.grizzly.Connection;
import org.glassfish.grizzly.EmptyCompletionHandler;
import org.glassfish.grizzly.Grizzly;
import org.glassfish.grizzly.WriteResult;
import org.glassfish.grizzly.attributes.Attribute;
import org.glassfish.grizzly.filterchain.BaseFilter;
import org.glassfish.grizzly.filterchain.FilterChainContext;
import org.glassfish.grizzly.filterchain.FilterChainEvent;
import org.glassfish.grizzly.filterchain.NextAction;
import org.glassfish.grizzly.http.HttpContent;
import org.glassfish.grizzly.http.HttpEvents;
import org.glassfish.grizzly.http.HttpHeader;
import org.glassfish.grizzly.http.HttpRequestPacket;
import org.glassfish.grizzly.http.HttpResponsePacket;
import org.glassfish.grizzly.http.HttpServerFilter;
import org.glassfish.grizzly.http.Method;
import org.glassfish.grizzly.http.server.AddOn;
import org.glassfish.grizzly.http.util.DataChunk;
import org.glassfish.grizzly.http.util.HttpStatus;
import org.glassfish.grizzly.memory.Buffers;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.WebLimits;
import se.psi.adapters.web.json.WebJson;
import se.psi.adapters.web.problem.Problem;
import se.psi.adapters.web.problem.ProblemType;
import se.psi.adapters.web.problem.Problems;

/**
 * Sits just above Grizzly's HTTP/1.1 parser and puts right what it does with two kinds of request.
 *
 * <p>An offer to upgrade to HTTP/2 in clear text ({@code Upgrade: h2c}, sent by Java's own {@code HttpClient} by
 * default): Grizzly takes everything after the headers for the new protocol's data, so a body never ends and the
 * next request on the connection is swallowed; the client waits until the read times out. No filter here speaks
 * HTTP/2, so the offer is declined as RFC 9113 3.2 allows: the request is served over HTTP/1.1 as if the header were
 * absent (Grizzly does the same from a later release on, eclipse-ee4j/glassfish-grizzly#2117).
 *
 * <p>A body on a method that takes none (TRACE, HEAD): Grizzly does not read it, and parses it as the next request
 * on the connection, a request-smuggling primitive behind any proxy that does read it. Refused with 400 before any
 * handler sees it, and the connection is closed, so what follows on it is never served.
 */
final class HttpHardeningFilter extends BaseFilter {

  private static final ObjectMapper JSON = WebJson.mapper(WebLimits.DEFAULTS);
  /** Set on a connection once a request on it was refused: nothing after it is served. */
  private static final Attribute<Boolean> REFUSED = Grizzly.DEFAULT_ATTRIBUTE_BUILDER.createAttribute(
      HttpHardeningFilter.class.getName() + ".refused");

  /** Adds the filter to a listener's chain, right above the HTTP/1.1 parser. */
  static AddOn addOn() {
    return (listener, chain) -> chain.add(chain.indexOfType(HttpServerFilter.class) + 1, new HttpHardeningFilter());
  }

  @Override
  public NextAction handleEvent(FilterChainContext ctx, FilterChainEvent event) throws IOException {
    if (event instanceof HttpEvents.IncomingHttpUpgradeEvent upgrade) {
      HttpHeader header = upgrade.getHttpHeader();
      DataChunk protocol = header.getUpgradeDC();
      if (header.isIgnoreContentModifiers() && (protocol.equalsIgnoreCase("h2c") || protocol.equalsIgnoreCase("h2"))) {
        header.setIgnoreContentModifiers(false);
        protocol.recycle();
      }
    }
    return ctx.getInvokeAction();
  }

  @Override
  public NextAction handleRead(FilterChainContext ctx) throws IOException {
    Connection<?> connection = ctx.getConnection();
    if (Boolean.TRUE.equals(REFUSED.get(connection))) {
      return ctx.getStopAction();
    }
    if (ctx.getMessage() instanceof HttpContent content
        && content.getHttpHeader() instanceof HttpRequestPacket request && bodyWhereNoneBelongs(request)) {
      REFUSED.set(connection, true);
      refuse(ctx, request);
      return ctx.getStopAction();
    }
    return ctx.getInvokeAction();
  }

  private static boolean bodyWhereNoneBelongs(HttpRequestPacket request) {
    Method method = request.getMethod();
    boolean takesNone = method == Method.TRACE || method.getPayloadExpectation() == Method.PayloadExpectation.NOT_ALLOWED
        && method != Method.CONNECT && method != Method.PRI;
    return takesNone && (request.getContentLength() > 0 || request.isChunked());
  }

  private static void refuse(FilterChainContext ctx, HttpRequestPacket request) throws JsonProcessingException {
    Texts texts = Texts.ofAcceptLanguage(request.getHeader("Accept-Language"));
    Problem problem = Problems.of(ProblemType.INVALID_REQUEST, texts, "detail.bodyNotAllowed",
        request.getMethod().getMethodString()).withInstance(request.getRequestURI());
    byte[] body = JSON.writeValueAsBytes(problem);
    HttpResponsePacket response = request.getResponse();
    HttpStatus.BAD_REQUEST_400.setValues(response);
    response.setContentType(Problem.MEDIA_TYPE);
    response.setHeader("Content-Language", texts.languageTag());
    response.setContentLength(body.length);
    request.getProcessingState().setKeepAlive(false);
    Connection<?> connection = ctx.getConnection();
    ctx.write(response.httpContentBuilder().content(Buffers.wrap(ctx.getMemoryManager(), body)).last(true).build(),
        new EmptyCompletionHandler<WriteResult>() {
          @Override
          public void completed(WriteResult result) {
            connection.closeSilently();
          }

          @Override
          public void failed(Throwable error) {
            connection.closeSilently();
          }
        });
  }
}

package se.psi.adapters.web.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerRequestFilter;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;
import jakarta.ws.rs.container.PreMatching;
import jakarta.ws.rs.core.Response;
import se.psi.adapters.web.Cors;

/**
 * CORS for browser frontends on other origins: answers preflights itself and marks the responses to allowed
 * origins. Origins not allowed get no CORS headers, so the browser keeps the response from the page.
 */
@PreMatching
public final class CorsFilter implements ContainerRequestFilter, ContainerResponseFilter {

  private static final String ORIGIN = "Origin";
  private static final String METHODS = "GET, POST, PUT, PATCH, DELETE, OPTIONS";
  private static final String REQUEST_HEADERS = "Accept, Accept-Language, Content-Type, If-Match, Authorization";
  private static final String EXPOSED = "ETag, Location, Content-Language";

  private final Cors cors;

  public CorsFilter(Cors cors) {
    this.cors = cors;
  }

  @Override
  public void filter(ContainerRequestContext request) {
    String origin = request.getHeaderString(ORIGIN);
    if ("OPTIONS".equals(request.getMethod()) && request.getHeaderString("Access-Control-Request-Method") != null
        && cors.allows(origin)) {
      request.abortWith(Response.noContent()
          .header("Access-Control-Allow-Origin", origin)
          .header("Access-Control-Allow-Methods", METHODS)
          .header("Access-Control-Allow-Headers", REQUEST_HEADERS)
          .header("Access-Control-Max-Age", cors.maxAge().toSeconds())
          .header("Vary", ORIGIN)
          .build());
    }
  }

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    String origin = request.getHeaderString(ORIGIN);
    if (cors.allows(origin) && !response.getHeaders().containsKey("Access-Control-Allow-Origin")) {
      response.getHeaders().putSingle("Access-Control-Allow-Origin", origin);
      response.getHeaders().putSingle("Access-Control-Expose-Headers", EXPOSED);
      response.getHeaders().add("Vary", ORIGIN);
    }
  }
}

package se.psi.adapters.web.http;

import jakarta.ws.rs.container.ContainerRequestContext;
import jakarta.ws.rs.container.ContainerResponseContext;
import jakarta.ws.rs.container.ContainerResponseFilter;

/**
 * Headers every answer carries, since an answer may hold personal data (a contact person, an applicant's e-mail):
 * {@code X-Content-Type-Options: nosniff}, so that a browser never reads a JSON answer as a page or a script, and
 * {@code Cache-Control: no-store} unless the resource said how it may be cached, so that no shared or browser cache
 * keeps a copy. ETags still let a client change what it read ({@code If-Match}).
 */
public final class SecurityHeadersFilter implements ContainerResponseFilter {

  @Override
  public void filter(ContainerRequestContext request, ContainerResponseContext response) {
    response.getHeaders().putSingle("X-Content-Type-Options", "nosniff");
    if (!response.getHeaders().containsKey("Cache-Control")) {
      response.getHeaders().putSingle("Cache-Control", "no-store");
    }
  }
}

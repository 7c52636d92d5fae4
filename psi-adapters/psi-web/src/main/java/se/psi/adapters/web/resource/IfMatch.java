package se.psi.adapters.web.resource;

import io.swagger.v3.oas.annotations.Parameter;
import jakarta.ws.rs.HeaderParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.http.Versions;

/**
 * The {@code If-Match} of a change: the version the caller read, which the change's command carries as its expected
 * version. The core compares it with the current one, so nothing is read before the change: missing is 428,
 * malformed 400, stale 412 (answered from the core's refusal).
 */
public final class IfMatch {

  /** How the header is documented. */
  static final String DOC = "The ETag of the version you read";

  private String ifMatch;
  @Context private HttpHeaders headers;

  // A setter, not an annotated field: the OpenAPI reader finds a bean's parameters among its properties.
  @HeaderParam(HttpHeaders.IF_MATCH)
  @Parameter(description = DOC, required = true)
  public void setIfMatch(String ifMatch) {
    this.ifMatch = ifMatch;
  }

  /** The version the caller expects to change. */
  public long version() {
    return Versions.parse(ifMatch, Texts.of(headers));
  }
}

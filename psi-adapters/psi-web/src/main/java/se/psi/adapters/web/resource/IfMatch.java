package se.psi.adapters.web.resource;

/**
 * The {@code If-Match} of a change, taken as {@code @HeaderParam(HttpHeaders.IF_MATCH) IfMatch ifMatch}: the version
 * the caller read, which the change's command carries as its expected version. The core compares it with the current
 * one, so nothing is read before the change: missing is 428, malformed 400 ({@link Call#version}), stale 412
 * (answered from the core's refusal). The OpenAPI document shows it as required ({@code OpenApiResource}).
 */
public final class IfMatch {

  /** How the header is documented. */
  static final String DOC = "The ETag of the version you read";

  private final String header;

  private IfMatch(String header) {
    this.header = header;
  }

  /** The runtime's conversion of the header, as sent; it is read when the change asks for its version. */
  public static IfMatch valueOf(String header) {
    return new IfMatch(header);
  }

  /** The header as the caller sent it. */
  public String header() {
    return header;
  }
}

package se.psi.adapters.web.resource;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.ws.rs.PathParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.UriInfo;
import java.util.UUID;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.problem.ProblemType;
import se.psi.adapters.web.problem.Problems;

/** The {@code {id}} of a path, a UUID; one that is not a UUID names nothing, so 404. */
public final class IdParam {

  private String id;
  @Context private HttpHeaders headers;
  @Context private UriInfo uri;

  // A setter, not an annotated field: the OpenAPI reader finds a bean's parameters among its properties.
  @PathParam("id")
  @Parameter(schema = @Schema(type = "string", format = "uuid"))
  public void setId(String id) {
    this.id = id;
  }

  public UUID value() {
    return parse(id, headers, uri);
  }

  static UUID parse(String raw, HttpHeaders headers, UriInfo uri) {
    try {
      return UUID.fromString(raw);
    } catch (IllegalArgumentException e) {
      throw Problems.exception(ProblemType.NOT_FOUND, Texts.of(headers), "detail.notFoundPath", uri.getPath());
    }
  }

  /**
   * The same id, documented as a plain string, as the membership and partner operations always were: a client
   * generated from the document keeps its signatures.
   */
  public static final class AsText {

    private String id;
    @Context private HttpHeaders headers;
    @Context private UriInfo uri;

    @PathParam("id")
    public void setId(String id) {
      this.id = id;
    }

    public UUID value() {
      return parse(id, headers, uri);
    }
  }
}

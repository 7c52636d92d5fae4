package se.psi.adapters.web.resource;

import io.swagger.v3.oas.annotations.Parameter;
import io.swagger.v3.oas.annotations.media.Schema;
import jakarta.ws.rs.QueryParam;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.WebLimits;

/** A listing's page: {@code offset} and {@code limit}, read by hand so a bad one is a 400 naming it. */
public final class Paging {

  private String offset;
  private String limit;
  @Context private HttpHeaders headers;

  // Setters, not annotated fields: the OpenAPI reader finds a bean's parameters among its properties. It types a
  // bean's parameter by its OpenAPI 3.1 'types', so the schemas name them as well as 'type' and 'format'.
  @QueryParam("offset")
  @Parameter(description = "How many to skip",
      schema = @Schema(type = "integer", types = "integer", format = "int64", minimum = "0"))
  public void setOffset(String offset) {
    this.offset = offset;
  }

  @QueryParam("limit")
  @Parameter(description = "Page size, at most the server's limit (100 by default)",
      schema = @Schema(type = "integer", types = "integer", format = "int64", minimum = "1",
          defaultValue = "20"))
  public void setLimit(String limit) {
    this.limit = limit;
  }

  /** How many to skip, 0 when absent. */
  public int offset() {
    return Parameters.offset(offset, Texts.of(headers));
  }

  /** How many to answer: 20 when absent, at most the server's page size. */
  public int limit(WebLimits limits) {
    return Parameters.pageSize(limit, limits, Texts.of(headers));
  }
}

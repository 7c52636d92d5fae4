package se.psi.adapters.web.resource;

import jakarta.ws.rs.NotFoundException;
import java.util.UUID;

/**
 * The {@code {id}} of a path, a UUID, taken as {@code @PathParam("id") IdParam id}; one that is not a UUID names
 * nothing, so 404. A value the runtime converts with {@link #fromString}, not a {@code @BeanParam}: a bean is built and
 * injected afresh on every request, which cost more than the rest of reading a partner (measured in psi-bench). The
 * OpenAPI document shows it as a string of format uuid ({@code OpenApiResource}).
 */
public final class IdParam {

  private final UUID value;

  private IdParam(UUID value) {
    this.value = value;
  }

  /** The runtime's conversion of the path's text; the 404 is answered as a problem in the caller's language. */
  public static IdParam fromString(String text) {
    return new IdParam(parse(text));
  }

  public UUID value() {
    return value;
  }

  static UUID parse(String text) {
    try {
      return UUID.fromString(text);
    } catch (IllegalArgumentException e) {
      throw new NotFoundException();
    }
  }

  /**
   * The same id, documented as a plain string, as the membership and partner operations always were: a client
   * generated from the document keeps its signatures.
   */
  public static final class AsText {

    private final UUID value;

    private AsText(UUID value) {
      this.value = value;
    }

    public static AsText fromString(String text) {
      return new AsText(parse(text));
    }

    public UUID value() {
      return value;
    }
  }
}

package se.psi.adapters.web.problem;

import jakarta.ws.rs.core.Response.Status;

/** The stable kinds of error the API answers with; each has a {@code type} URI, a status and a title key. */
public enum ProblemType {
  MALFORMED_JSON(400),
  INVALID_REQUEST(400),
  UNAUTHENTICATED(401),
  NOT_PERMITTED(403),
  NOT_FOUND(404),
  METHOD_NOT_ALLOWED(405),
  NOT_ACCEPTABLE(406),
  CONFLICTING_CHANGE(409),
  ILLEGAL_STATE(409),
  STALE_VERSION(412),
  BODY_TOO_LARGE(413),
  UNSUPPORTED_MEDIA_TYPE(415),
  INVALID_INPUT(422),
  RULE_REFUSAL(422),
  PRECONDITION_REQUIRED(428),
  TOO_MANY_REQUESTS(429),
  INTERNAL_ERROR(500);

  private final int status;

  ProblemType(int status) {
    this.status = status;
  }

  public int status() {
    return status;
  }

  /** The {@code type} member: a URN that never changes, e.g. {@code urn:psi:problem:stale-version}. */
  public String uri() {
    return "urn:psi:problem:" + name().toLowerCase(java.util.Locale.ROOT).replace('_', '-');
  }

  /** The bundle key of the title. */
  public String titleKey() {
    return "problem." + name();
  }

  /** The type whose status is this one, for errors the runtime raised itself (404 for an unknown path ...). */
  public static ProblemType forStatus(int status) {
    for (ProblemType type : values()) {
      if (type.status == status && type != RULE_REFUSAL && type != ILLEGAL_STATE) {
        return type;
      }
    }
    return Status.Family.familyOf(status) == Status.Family.CLIENT_ERROR ? INVALID_REQUEST : INTERNAL_ERROR;
  }
}

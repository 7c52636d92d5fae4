package se.psi.adapters.web.resource;

import io.vavr.control.Either;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import java.util.UUID;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.http.CallerFilter.Caller;
import se.psi.adapters.web.problem.ProblemException;
import se.psi.adapters.web.problem.ProblemType;
import se.psi.adapters.web.problem.Problems;
import se.psi.core.rules.Rejection;

/** What every resource does the same way: read the caller and language, answer a use case's outcome. */
final class Answers {

  /** How every If-Match header is documented. */
  static final String IF_MATCH_DOC = "The ETag of the version you read";

  private Answers() {}

  /** The request's body; a request that needs one and has none is malformed. */
  static <T> T required(T body, Texts texts) {
    if (body == null) {
      throw Problems.exception(ProblemType.MALFORMED_JSON, texts, "detail.missingBody");
    }
    return body;
  }

  /** The use case's result, or the problem document of its rejection. */
  static <T> T orProblem(Either<Rejection, T> outcome, Texts texts, SecurityContext caller) {
    if (outcome.isLeft()) {
      throw new ProblemException(Problems.fromRejection(outcome.getLeft(), texts, Caller.isAnonymous(caller)));
    }
    return outcome.get();
  }

  /** An id in a path; one that is not a UUID names nothing, so 404. */
  static UUID id(String raw, Texts texts, String path) {
    try {
      return UUID.fromString(raw);
    } catch (IllegalArgumentException e) {
      throw Problems.exception(ProblemType.NOT_FOUND, texts, "detail.notFoundPath", path);
    }
  }

  static Response ok(Object body, long version, Texts texts) {
    return Response.ok(body).tag(new EntityTag(Long.toString(version)))
        .header(HttpHeaders.CONTENT_LANGUAGE, texts.languageTag()).build();
  }

  static Response ok(Object body, Texts texts) {
    return Response.ok(body).header(HttpHeaders.CONTENT_LANGUAGE, texts.languageTag()).build();
  }
}

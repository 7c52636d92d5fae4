package se.psi.adapters.web.resource;

import io.vavr.control.Either;
import jakarta.ws.rs.core.EntityTag;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.http.Versions;
import se.psi.adapters.web.problem.ProblemType;
import se.psi.adapters.web.problem.Problems;
import se.psi.core.rules.Rejection;

/**
 * Steps every change of an existing resource takes: read it as the caller (so those who may not see it get 404),
 * require If-Match, refuse a stale one with 412, then change, and answer with the new ETag.
 */
final class Resources {

  private Resources() {}

  /** The first of these that has this id, else 404. */
  static <T> T find(List<T> all, Function<T, UUID> id, UUID wanted, Texts texts, UriInfo uri) {
    return all.stream().filter(item -> id.apply(item).equals(wanted)).findFirst()
        .orElseThrow(() -> Problems.exception(ProblemType.NOT_FOUND, texts, "detail.notFoundPath",
            "/" + uri.getPath()));
  }

  /** Checks If-Match against the current version, then runs the change with the version the caller saw. */
  static <T> T change(long currentVersion, HttpHeaders headers, Texts texts, SecurityContext caller,
      Function<Long, Either<Rejection, T>> change) {
    long seen = Versions.parse(headers.getHeaderString(HttpHeaders.IF_MATCH), texts);
    if (seen != currentVersion) {
      throw Problems.exception(ProblemType.STALE_VERSION, texts, "detail.staleVersion", seen, currentVersion);
    }
    return Answers.orProblem(change.apply(seen), texts, caller);
  }

  static Response created(Object body, long version, Texts texts) {
    return Response.status(Response.Status.CREATED).entity(body).tag(new EntityTag(Long.toString(version)))
        .header(HttpHeaders.CONTENT_LANGUAGE, texts.languageTag()).build();
  }
}

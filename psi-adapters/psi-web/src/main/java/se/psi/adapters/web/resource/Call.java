package se.psi.adapters.web.resource;

import io.vavr.control.Either;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.SecurityContext;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ContextResolver;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.http.CallerFilter.Caller;
import se.psi.adapters.web.http.Versions;
import se.psi.adapters.web.problem.ProblemException;
import se.psi.adapters.web.problem.ProblemType;
import se.psi.adapters.web.problem.Problems;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Actor;

/**
 * The request being answered, as every resource sees it: who calls (as {@code CallerFilter} established it), in which
 * language, and how its answers are written. One instance serves all resources; the runtime injects it with the
 * request's own contexts (proxies that resolve per request), which is why it is registered as a provider: Jakarta
 * REST injects only what it knows, and a context resolver is the portable way to be known.
 */
public final class Call implements ContextResolver<Call> {

  @Context private HttpHeaders headers;
  @Context private SecurityContext security;
  @Context private UriInfo uri;

  /** The caller; an anonymous one has no roles and no organisation. */
  public Actor actor() {
    return Caller.actorOf(security);
  }

  /** The caller's language among ours: Swedish unless English is preferred. */
  public Texts texts() {
    return Texts.of(headers);
  }

  /** The request's path, as a 404 names it. */
  public String path() {
    return uri.getPath();
  }

  /** A UUID in the path; one that is not a UUID names nothing, so 404. */
  public java.util.UUID id(String raw) {
    return IdParam.parse(raw);
  }

  /** The version a change expects, from its {@code If-Match}: 428 when there is none, 400 when it is malformed. */
  public long version(IfMatch ifMatch) {
    return Versions.parse(ifMatch == null ? null : ifMatch.header(), texts());
  }

  /**
   * The version a change expects if its {@code If-Match} names one, else {@code null}: for a change whose result does
   * not depend on what the caller saw (an erasure), which is therefore also safe to send again.
   */
  public Long versionIfAny(IfMatch ifMatch) {
    return ifMatch == null ? null : version(ifMatch);
  }

  /** The use case's result, or the problem document of its refusal. */
  public <T> T answer(Either<Rejection, T> outcome) {
    if (outcome.isLeft()) {
      throw new ProblemException(Problems.fromRejection(outcome.getLeft(), texts(), Caller.isAnonymous(security)));
    }
    return outcome.get();
  }

  /** The request's body; a request that needs one and has none is malformed. */
  public <T> T body(T body) {
    if (body == null) {
      throw Problems.exception(ProblemType.MALFORMED_JSON, texts(), "detail.missingBody");
    }
    return body;
  }

  /** 200 with the resource's version as its ETag. */
  public Response ok(Object body, long version) {
    return inLanguage(Response.ok(body).header(HttpHeaders.ETAG, Versions.etag(version)));
  }

  public Response ok(Object body) {
    return inLanguage(Response.ok(body));
  }

  /** 201 with the new resource's version as its ETag. */
  public Response created(Object body, long version) {
    return inLanguage(Response.status(Response.Status.CREATED).entity(body)
        .header(HttpHeaders.ETAG, Versions.etag(version)));
  }

  /** 201 with the new resource's address, named by its id under the request's path, and its version. */
  public Response createdAt(Object id, Object body, long version) {
    return inLanguage(Response.created(uri.getAbsolutePathBuilder().path(id.toString()).build()).entity(body)
        .header(HttpHeaders.ETAG, Versions.etag(version)));
  }

  private Response inLanguage(Response.ResponseBuilder answer) {
    return answer.header(HttpHeaders.CONTENT_LANGUAGE, texts().languageTag()).build();
  }

  @Override
  public Call getContext(Class<?> type) {
    return this;
  }
}

package se.psi.adapters.web.problem;

import com.fasterxml.jackson.core.JsonLocation;
import com.fasterxml.jackson.core.JsonParseException;
import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.exc.StreamConstraintsException;
import com.fasterxml.jackson.databind.JsonMappingException;
import com.fasterxml.jackson.databind.exc.InvalidFormatException;
import com.fasterxml.jackson.databind.exc.MismatchedInputException;
import com.fasterxml.jackson.databind.exc.UnrecognizedPropertyException;
import jakarta.ws.rs.WebApplicationException;
import jakarta.ws.rs.core.Context;
import jakarta.ws.rs.core.HttpHeaders;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.core.UriInfo;
import jakarta.ws.rs.ext.ExceptionMapper;
import java.util.Arrays;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import se.psi.adapters.web.Texts;
import se.psi.adapters.web.WebLimits;

/**
 * Turns every failure into a problem document: ours, the runtime's own (unknown path, wrong method or media type),
 * unreadable JSON, and anything unexpected, which is logged with an error code and answered without internals.
 */
public final class ProblemMappers {

  private ProblemMappers() {}

  /** The answer carrying {@code problem}, in {@code texts}' language, its instance the request's path. */
  public static Response respond(Problem problem, UriInfo uri, Texts texts) {
    return Response.status(problem.status()).type(Problem.MEDIA_TYPE)
        .header(HttpHeaders.CONTENT_LANGUAGE, texts.languageTag())
        .entity(problem.instance() == null && uri != null ? problem.withInstance("/" + uri.getPath()) : problem)
        .build();
  }

  /** Ours, and the runtime's own HTTP errors. */
  public static final class WebErrors implements ExceptionMapper<WebApplicationException> {
    @Context private HttpHeaders headers;
    @Context private UriInfo uri;
    private final WebLimits limits;

    /** The limits are named in the problem when the runtime wraps a JSON reader's refusal. */
    public WebErrors(WebLimits limits) {
      this.limits = limits;
    }

    @Override
    public Response toResponse(WebApplicationException exception) {
      Texts texts = Texts.of(headers);
      if (exception instanceof ProblemException problem) {
        return respond(problem.problem(), uri, texts);
      }
      int status = exception.getResponse().getStatus();
      if (exception.getCause() instanceof JsonProcessingException json) {
        return respond(JsonErrors.problem(json, texts, limits), uri, texts);
      }
      ProblemType type = ProblemType.forStatus(status);
      Problem problem = type == ProblemType.NOT_FOUND
          ? Problems.of(type, texts, "detail.notFoundPath", "/" + uri.getPath())
          : Problems.of(type, texts, "detail.http", status);
      Response answer = respond(new Problem(problem.type(), problem.title(), status, problem.detail(), null, null,
          null), uri, texts);
      String allow = exception.getResponse().getHeaderString(HttpHeaders.ALLOW);
      return allow == null ? answer : Response.fromResponse(answer).header(HttpHeaders.ALLOW, allow).build();
    }
  }

  /** A body that is not JSON, or not the JSON this request takes. */
  public static final class JsonErrors implements ExceptionMapper<JsonProcessingException> {
    @Context private HttpHeaders headers;
    @Context private UriInfo uri;
    private final WebLimits limits;

    public JsonErrors(WebLimits limits) {
      this.limits = limits;
    }

    @Override
    public Response toResponse(JsonProcessingException exception) {
      Texts texts = Texts.of(headers);
      return respond(problem(exception, texts, limits), uri, texts);
    }

    static Problem problem(JsonProcessingException exception, Texts texts, WebLimits limits) {
      StreamConstraintsException tooMuch = constraintBroken(exception);
      if (tooMuch != null) {
        String message = String.valueOf(tooMuch.getMessage());
        return message.contains("nesting depth")
            ? Problems.of(ProblemType.INVALID_REQUEST, texts, "detail.tooDeep", limits.maxNestingDepth())
            : Problems.of(ProblemType.BODY_TOO_LARGE, texts, "detail.tooLong", limits.maxStringLength());
      }
      if (exception instanceof UnrecognizedPropertyException unknown) {
        return field(texts, "detail.unknownField", path(unknown));
      }
      if (exception instanceof InvalidFormatException wrong && wrong.getTargetType() != null
          && wrong.getTargetType().isEnum()) {
        String allowed = Arrays.stream(wrong.getTargetType().getEnumConstants()).map(String::valueOf)
            .collect(Collectors.joining(", "));
        return field(texts, "detail.wrongValue", path(wrong), allowed);
      }
      if (exception instanceof MismatchedInputException mismatched && !path(mismatched).isEmpty()) {
        return field(texts, "detail.wrongType", path(mismatched));
      }
      if (exception instanceof MismatchedInputException) {
        return Problems.of(ProblemType.MALFORMED_JSON, texts, "detail.missingBody");
      }
      JsonLocation at = exception instanceof JsonParseException parse ? parse.getLocation()
          : exception.getLocation();
      return Problems.of(ProblemType.MALFORMED_JSON, texts, "detail.malformedJson",
          at == null ? 0 : at.getLineNr(), at == null ? 0 : at.getColumnNr());
    }

    /** Jackson may wrap a broken read constraint in a mapping exception. */
    private static StreamConstraintsException constraintBroken(Throwable exception) {
      for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
        if (cause instanceof StreamConstraintsException broken) {
          return broken;
        }
      }
      return null;
    }

    private static Problem field(Texts texts, String key, String field, Object... more) {
      Object[] args = new Object[more.length + 1];
      args[0] = field;
      System.arraycopy(more, 0, args, 1, more.length);
      Problem problem = Problems.of(ProblemType.INVALID_REQUEST, texts, key, args);
      return new Problem(problem.type(), problem.title(), problem.status(), problem.detail(), null,
          List.of(new Problem.ViolationJson(field, "json", problem.detail())), null);
    }

    private static String path(JsonMappingException exception) {
      return exception.getPath().stream()
          .map(reference -> reference.getFieldName() != null ? reference.getFieldName()
              : "[" + reference.getIndex() + "]")
          .collect(Collectors.joining(".")).replace(".[", "[");
    }
  }

  private static boolean readingFailed(Throwable exception) {
    for (Throwable cause = exception; cause != null; cause = cause.getCause()) {
      if (cause instanceof java.io.IOException) {
        return true;
      }
    }
    return false;
  }

  /**
   * Anything else: a defect. Logged with a code the caller can quote and where it happened, but without the
   * exceptions' messages, which may quote personal data ({@link Redacted}); no stack trace leaves the server.
   */
  public static final class Unexpected implements ExceptionMapper<Throwable> {
    private static final Logger LOG = LoggerFactory.getLogger(Unexpected.class);
    @Context private HttpHeaders headers;
    @Context private UriInfo uri;

    @Override
    public Response toResponse(Throwable exception) {
      Texts texts = Texts.of(headers);
      if (readingFailed(exception)) {
        // The request could not be read (the client went away, or sent too slowly): its fault, not ours.
        return respond(Problems.of(ProblemType.INVALID_REQUEST, texts, "detail.http", 400), uri, texts);
      }
      String code = UUID.randomUUID().toString().substring(0, 8);
      LOG.error("request failed unexpectedly, error code {}", code, Redacted.of(exception));
      return respond(Problems.of(ProblemType.INTERNAL_ERROR, texts, "detail.internalError", code), uri, texts);
    }
  }
}

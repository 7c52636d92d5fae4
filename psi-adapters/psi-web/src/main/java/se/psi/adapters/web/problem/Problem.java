package se.psi.adapters.web.problem;

import com.fasterxml.jackson.annotation.JsonInclude;
import java.util.List;
import se.psi.adapters.web.json.ExplanationJson;

/**
 * An RFC 9457 problem document ({@code application/problem+json}). {@code type} is stable per kind of error and
 * documented in docs/web.md; {@code title} and {@code detail} are in the caller's language.
 *
 * @param violations for invalid input: every problem at once, each with its field path, rule or constraint id and
 *     message
 * @param explanation for a refusal by a business rule: every rule evaluated, with verdicts and reasons
 */
@JsonInclude(JsonInclude.Include.NON_NULL)
public record Problem(String type, String title, int status, String detail, String instance,
    List<ViolationJson> violations, ExplanationJson explanation) {

  public static final String MEDIA_TYPE = "application/problem+json";

  /** One problem with the input. */
  public record ViolationJson(String field, String rule, String message) {}

  public Problem withInstance(String instance) {
    return new Problem(type, title, status, detail, instance, violations, explanation);
  }
}

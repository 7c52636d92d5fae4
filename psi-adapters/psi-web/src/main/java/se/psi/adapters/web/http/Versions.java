package se.psi.adapters.web.http;

import se.psi.adapters.web.Texts;
import se.psi.adapters.web.problem.ProblemType;
import se.psi.adapters.web.problem.Problems;

/**
 * Optimistic concurrency over HTTP: a resource's {@code ETag} is its stored version; a change to an existing
 * resource must send it back in {@code If-Match}, and it becomes the command's expected version. Missing: 428.
 * Malformed: 400. Not the current version: 412 (the core refuses it), and nothing changes. Current when read but
 * overtaken by a concurrent change while this one ran: 409.
 */
public final class Versions {

  private Versions() {}

  /**
   * The {@code ETag} header of a version, a strong tag such as {@code "3"}: written as text, for an
   * {@code EntityTag} would be converted to the same text on every response.
   */
  public static String etag(long version) {
    return "\"" + version + "\"";
  }

  /** The version the caller saw, from {@code If-Match}; weak tags are accepted, {@code *} is not. */
  public static long parse(String header, Texts texts) {
    if (header == null || header.isBlank()) {
      throw Problems.exception(ProblemType.PRECONDITION_REQUIRED, texts, "detail.ifMatchRequired");
    }
    String tag = header.strip();
    if (tag.startsWith("W/")) {
      tag = tag.substring(2);
    }
    if (tag.length() < 3 || tag.charAt(0) != '"' || tag.charAt(tag.length() - 1) != '"') {
      throw Problems.exception(ProblemType.INVALID_REQUEST, texts, "detail.ifMatchMalformed", header);
    }
    try {
      long version = Long.parseLong(tag.substring(1, tag.length() - 1));
      if (version < 0) {
        throw new NumberFormatException();
      }
      return version;
    } catch (NumberFormatException e) {
      throw Problems.exception(ProblemType.INVALID_REQUEST, texts, "detail.ifMatchMalformed", header);
    }
  }
}

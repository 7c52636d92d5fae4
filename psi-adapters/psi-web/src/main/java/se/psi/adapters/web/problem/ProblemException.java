package se.psi.adapters.web.problem;

import jakarta.ws.rs.WebApplicationException;

/**
 * Ends a request with a problem document; thrown by resources, filters and while reading a body. A
 * {@link WebApplicationException}, so that every runtime passes it through unchanged to {@link ProblemMappers}.
 */
public final class ProblemException extends WebApplicationException {

  private final transient Problem problem;

  public ProblemException(Problem problem) {
    super(problem.type() + ": " + problem.detail(), problem.status());
    this.problem = problem;
  }

  public Problem problem() {
    return problem;
  }
}

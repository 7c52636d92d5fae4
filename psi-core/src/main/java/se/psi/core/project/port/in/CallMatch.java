package se.psi.core.project.port.in;

import java.util.List;
import se.psi.core.project.domain.FundingCall;
import se.psi.core.project.domain.ProjectIdea;

/** A call open on the day, with the project-bank ideas that share its themes (PRJ-4). */
public record CallMatch(FundingCall call, List<ProjectIdea> ideas) {
  public CallMatch {
    ideas = List.copyOf(ideas);
  }
}

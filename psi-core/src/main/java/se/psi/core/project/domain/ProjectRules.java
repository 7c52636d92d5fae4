package se.psi.core.project.domain;

import java.time.LocalDate;
import java.util.List;
import se.psi.core.membership.domain.Partner;
import se.psi.core.rules.Rule;

/** The rules of partners' projects. */
public final class ProjectRules {

  /** PRJ-1's facts: the partner to run a project, on the day. */
  public record Owning(Partner owner, LocalDate on) {}

  /** PRJ-1: a project is run by an active partner in its own name, never by the partnership. */
  public static final Rule<Owning> PRJ_1 = Rule.of("PRJ-1", (owning, ruleSet, is) ->
      owning.owner().isActiveOn(owning.on())
          ? is.met("project.prj1.ownerActive")
          : is.notMet("owner", "project.prj1.ownerNotActive", owning.owner().organisation().name()));

  /** PRJ-2: the partnership backs a project only once it is anchored with the working committee. */
  public static final Rule<Project> PRJ_2 = Rule.of("PRJ-2", (project, ruleSet, is) ->
      project.anchoredOn().isPresent()
          ? is.met("project.prj2.anchored")
          : is.notMet("projectId", "project.prj2.notAnchored", project.title()));

  /** Who runs a project. */
  public static final List<Rule<Owning>> OWNERSHIP = List.of(PRJ_1);

  /** The partnership becoming a project's reference group. */
  public static final List<Rule<Project>> STAKEHOLDER_GROUP = List.of(PRJ_2);

  /** Every rule of the project feature, for the catalogue. */
  public static final List<Rule<?>> EVERY = List.of(PRJ_1, PRJ_2);

  private ProjectRules() {}
}

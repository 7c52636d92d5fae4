package se.psi.core.project.application;

import se.psi.core.application.Aggregates;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.project.domain.FundingCall;
import se.psi.core.project.domain.FundingCallId;
import se.psi.core.project.domain.Project;
import se.psi.core.project.domain.ProjectId;
import se.psi.core.project.domain.ProjectIdea;
import se.psi.core.project.domain.ProjectIdeaId;
import se.psi.core.project.port.out.FundingCalls;
import se.psi.core.project.port.out.ProjectBank;
import se.psi.core.project.port.out.Projects;

/** The project feature's aggregates as the change skeleton reaches them. */
final class ProjectAggregates {

  private ProjectAggregates() {}

  /** PRJ-1: a project is owned by the organisation of the partner that runs it. */
  static Aggregates<Project, ProjectId> projects(Projects projects, Partners partners) {
    return Aggregates.of(Project.TYPE, ProjectId::new, projects::find, projects::save, Project::version,
        project -> partners.find(project.owner())
            .map(owner -> owner.organisation().organisationNumber()).toJavaOptional());
  }

  /** Calls are the committee's; no organisation owns one. */
  static Aggregates<FundingCall, FundingCallId> calls(FundingCalls calls) {
    return Aggregates.unowned(FundingCall.TYPE, FundingCallId::new, calls::find, calls::save, FundingCall::version);
  }

  /** The project bank is the partnership's; no organisation owns an entry. */
  static Aggregates<ProjectIdea, ProjectIdeaId> bank(ProjectBank bank) {
    return Aggregates.unowned(ProjectIdea.TYPE, ProjectIdeaId::new, bank::find, bank::save, ProjectIdea::version);
  }
}

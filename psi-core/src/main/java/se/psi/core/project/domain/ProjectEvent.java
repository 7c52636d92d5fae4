package se.psi.core.project.domain;

import java.time.LocalDate;
import java.util.Optional;
import java.util.Set;
import se.psi.core.advisory.domain.AdvisoryCaseId;
import se.psi.core.idea.domain.IdeaId;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.PartnerId;

/** What happens to calls and projects (PRJ-1..3). */
public sealed interface ProjectEvent extends DomainEvent {

  /** PRJ-3: the committee published a call. */
  record CallPublished(EventMeta meta, FundingCallId callId, LocalDate deadline) implements ProjectEvent {
    @Override
    public String aggregateType() {
      return FundingCall.TYPE;
    }

    @Override
    public String aggregateId() {
      return callId.toString();
    }
  }

  /** PRJ-3: a partner interested in the call's themes is to be told of it. */
  record CallMatchedPartner(EventMeta meta, FundingCallId callId, PartnerId partnerId, Set<String> themes)
      implements ProjectEvent {
    public CallMatchedPartner {
      themes = Set.copyOf(themes);
    }

    @Override
    public String aggregateType() {
      return FundingCall.TYPE;
    }

    @Override
    public String aggregateId() {
      return callId.toString();
    }
  }

  /** PRJ-1, PRJ-2: a project changed (registered, anchored with the committee, or backed by the partnership). */
  record ProjectChanged(EventMeta meta, ProjectId projectId, PartnerId owner, boolean anchored,
      boolean stakeholderGroup) implements ProjectEvent {
    @Override
    public String aggregateType() {
      return Project.TYPE;
    }

    @Override
    public String aggregateId() {
      return projectId.toString();
    }
  }

  /** PRJ-4: an entry was added to the project bank under {@code theme}, from an idea or an advisory case if named. */
  record ProjectIdeaAdded(EventMeta meta, ProjectIdeaId projectIdeaId, String theme, Optional<IdeaId> fromIdea,
      Optional<AdvisoryCaseId> fromAdvisoryCase) implements ProjectEvent {
    @Override
    public String aggregateType() {
      return ProjectIdea.TYPE;
    }

    @Override
    public String aggregateId() {
      return projectIdeaId.toString();
    }
  }

  /** PRJ-3: a partner registered the themes it wants to hear of calls about (none: it wants to hear of none). */
  record ThemeInterestRegistered(EventMeta meta, PartnerId partnerId, Set<String> themes) implements ProjectEvent {
    public ThemeInterestRegistered {
      themes = Set.copyOf(themes);
    }

    @Override
    public String aggregateType() {
      return ThemeInterest.TYPE;
    }

    @Override
    public String aggregateId() {
      return partnerId.toString();
    }
  }
}

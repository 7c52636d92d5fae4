package se.psi.core.idea.application;

import com.google.inject.AbstractModule;
import se.psi.core.idea.port.in.EraseIdeaContactUseCase;
import se.psi.core.idea.port.in.FindIdeasUseCase;
import se.psi.core.idea.port.in.FollowIdeaUseCase;
import se.psi.core.idea.port.in.GetIdeaUseCase;
import se.psi.core.idea.port.in.SubmitIdeaUseCase;
import se.psi.core.idea.port.in.TriageIdeaUseCase;

/** Wires the idea use cases (IDE-1, IDE-2). Needs Ideas. */
public final class IdeaModule extends AbstractModule {

  @Override
  protected void configure() {
    bind(SubmitIdeaUseCase.class).to(SubmitIdeaService.class);
    bind(FollowIdeaUseCase.class).to(FollowIdeaService.class);
    bind(TriageIdeaUseCase.class).to(TriageIdeaService.class);
    bind(FindIdeasUseCase.class).to(FindIdeasService.class);
    bind(GetIdeaUseCase.class).to(GetIdeaService.class);
    bind(EraseIdeaContactUseCase.class).to(EraseIdeaContactService.class);
  }
}

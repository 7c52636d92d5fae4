package se.psi.core.idea.application;

import com.google.inject.AbstractModule;
import se.psi.core.idea.port.in.IdeaUseCases;

/** Wires the idea use cases (IDE-1, IDE-2). Needs Ideas. */
public final class IdeaModule extends AbstractModule {

  @Override
  protected void configure() {
    bind(IdeaUseCases.SubmitIdeaUseCase.class).to(IdeaService.class);
    bind(IdeaUseCases.FollowIdeaUseCase.class).to(IdeaService.class);
    bind(IdeaUseCases.TriageIdeaUseCase.class).to(IdeaService.class);
    bind(IdeaUseCases.EraseIdeaContactUseCase.class).to(IdeaService.class);
  }
}

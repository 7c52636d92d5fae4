package se.psi.core.idea.application;

import java.util.List;
import se.psi.core.application.Kernel;
import se.psi.core.application.UseCaseRegistry;
import se.psi.core.idea.port.in.EraseIdeaContactUseCase;
import se.psi.core.idea.port.in.FindIdeasUseCase;
import se.psi.core.idea.port.in.FollowIdeaUseCase;
import se.psi.core.idea.port.in.GetIdeaUseCase;
import se.psi.core.idea.port.in.SubmitIdeaUseCase;
import se.psi.core.idea.port.in.TriageIdeaUseCase;
import se.psi.core.idea.port.out.Ideas;

/** Builds the idea use cases (IDE-1, IDE-2) over the kernel and the ideas. */
public final class IdeaWiring {

  /** The use cases {@link #register} adds: a Guice host binds these before the core is built. */
  public static final List<Class<?>> USE_CASES = List.of(SubmitIdeaUseCase.class, FollowIdeaUseCase.class,
      TriageIdeaUseCase.class, FindIdeasUseCase.class, GetIdeaUseCase.class, EraseIdeaContactUseCase.class);

  private IdeaWiring() {}

  public static void register(UseCaseRegistry useCases, Kernel kernel, Ideas ideas) {
    useCases
        .add(SubmitIdeaUseCase.class, new SubmitIdeaService(kernel.changes(), ideas))
        .add(FollowIdeaUseCase.class, new FollowIdeaService(kernel.boundary(), ideas))
        .add(TriageIdeaUseCase.class, new TriageIdeaService(kernel.changes(), ideas))
        .add(FindIdeasUseCase.class, new FindIdeasService(kernel.boundary(), ideas))
        .add(GetIdeaUseCase.class, new GetIdeaService(kernel.changes(), ideas))
        .add(EraseIdeaContactUseCase.class, new EraseIdeaContactService(kernel.changes(), ideas));
  }
}

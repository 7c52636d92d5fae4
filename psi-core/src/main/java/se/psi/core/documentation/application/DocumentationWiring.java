package se.psi.core.documentation.application;

import java.util.List;
import se.psi.core.application.Kernel;
import se.psi.core.application.UseCaseRegistry;
import se.psi.core.documentation.port.in.DocumentInnovationUseCase;
import se.psi.core.documentation.port.in.FindInnovationsUseCase;
import se.psi.core.documentation.port.in.FindTemplatesUseCase;
import se.psi.core.documentation.port.in.GetInnovationUseCase;
import se.psi.core.documentation.port.in.GetTemplateUseCase;
import se.psi.core.documentation.port.in.PublishTemplateUseCase;
import se.psi.core.documentation.port.out.DocumentationTemplates;
import se.psi.core.documentation.port.out.InnovationRecords;

/** Builds the documentation use cases (DOC-1, DOC-2) over the kernel, the templates and the innovation records. */
public final class DocumentationWiring {

  /** The use cases {@link #register} adds: a Guice host binds these before the core is built. */
  public static final List<Class<?>> USE_CASES = List.of(PublishTemplateUseCase.class,
      DocumentInnovationUseCase.class, FindTemplatesUseCase.class, GetTemplateUseCase.class,
      FindInnovationsUseCase.class, GetInnovationUseCase.class);

  private DocumentationWiring() {}

  public static void register(UseCaseRegistry useCases, Kernel kernel, DocumentationTemplates templates,
      InnovationRecords records) {
    var changes = kernel.changes();
    useCases
        .add(PublishTemplateUseCase.class, new PublishTemplateService(changes, templates))
        .add(DocumentInnovationUseCase.class, new DocumentInnovationService(changes, templates, records))
        .add(FindTemplatesUseCase.class, new FindTemplatesService(templates))
        .add(GetTemplateUseCase.class, new GetTemplateService(kernel.boundary(), templates))
        .add(FindInnovationsUseCase.class, new FindInnovationsService(records))
        .add(GetInnovationUseCase.class, new GetInnovationService(changes, records));
  }
}

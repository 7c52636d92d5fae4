package se.psi.core.documentation.application;

import java.util.List;
import se.psi.core.application.Kernel;
import se.psi.core.application.UseCaseRegistry;
import se.psi.core.documentation.port.in.DocumentationUseCases;
import se.psi.core.documentation.port.out.DocumentationTemplates;
import se.psi.core.documentation.port.out.InnovationRecords;

/** Builds the documentation use cases (DOC-1, DOC-2) over the kernel, the templates and the innovation records. */
public final class DocumentationWiring {

  /** The use cases {@link #register} adds: a Guice host binds these before the core is built. */
  public static final List<Class<?>> USE_CASES = List.of(DocumentationUseCases.PublishTemplateUseCase.class,
      DocumentationUseCases.DocumentInnovationUseCase.class, DocumentationUseCases.FindTemplatesUseCase.class,
      DocumentationUseCases.FindInnovationsUseCase.class);

  private DocumentationWiring() {}

  public static void register(UseCaseRegistry useCases, Kernel kernel, DocumentationTemplates templates,
      InnovationRecords records) {
    var documentation = new DocumentationService(kernel.boundary(), templates, records, kernel.today(),
        kernel.ids(), kernel.clock());
    useCases
        .add(DocumentationUseCases.PublishTemplateUseCase.class, documentation)
        .add(DocumentationUseCases.DocumentInnovationUseCase.class, documentation)
        .add(DocumentationUseCases.FindTemplatesUseCase.class, documentation)
        .add(DocumentationUseCases.FindInnovationsUseCase.class, documentation);
  }
}

package se.psi.core.documentation.application;

import com.google.inject.AbstractModule;
import se.psi.core.documentation.port.in.DocumentationUseCases;

/** Wires the documentation use cases (DOC-1, DOC-2). Needs DocumentationTemplates and InnovationRecords. */
public final class DocumentationModule extends AbstractModule {

  @Override
  protected void configure() {
    bind(DocumentationUseCases.PublishTemplateUseCase.class).to(DocumentationService.class);
    bind(DocumentationUseCases.DocumentInnovationUseCase.class).to(DocumentationService.class);
    bind(DocumentationUseCases.FindTemplatesUseCase.class).to(DocumentationService.class);
    bind(DocumentationUseCases.FindInnovationsUseCase.class).to(DocumentationService.class);
  }
}

package se.psi.core.documentation.application;

import com.google.inject.AbstractModule;
import se.psi.core.documentation.port.in.DocumentInnovationUseCase;
import se.psi.core.documentation.port.in.FindInnovationsUseCase;
import se.psi.core.documentation.port.in.FindTemplatesUseCase;
import se.psi.core.documentation.port.in.GetInnovationUseCase;
import se.psi.core.documentation.port.in.GetTemplateUseCase;
import se.psi.core.documentation.port.in.PublishTemplateUseCase;

/** Wires the documentation use cases (DOC-1, DOC-2). Needs DocumentationTemplates and InnovationRecords. */
public final class DocumentationModule extends AbstractModule {

  @Override
  protected void configure() {
    bind(PublishTemplateUseCase.class).to(PublishTemplateService.class);
    bind(DocumentInnovationUseCase.class).to(DocumentInnovationService.class);
    bind(FindTemplatesUseCase.class).to(FindTemplatesService.class);
    bind(GetTemplateUseCase.class).to(GetTemplateService.class);
    bind(FindInnovationsUseCase.class).to(FindInnovationsService.class);
    bind(GetInnovationUseCase.class).to(GetInnovationService.class);
  }
}

package se.psi.core.documentation.port.in;

import io.vavr.control.Either;
import java.util.List;
import se.psi.core.documentation.domain.DocumentationTemplate;
import se.psi.core.documentation.domain.InnovationRecord;
import se.psi.core.shared.Actor;
import se.psi.core.rules.Rejection;

/** Documenting social innovations with agreed templates (DOC-1, DOC-2, PRI-2). */
public final class DocumentationUseCases {

  private DocumentationUseCases() {}

  public interface PublishTemplateUseCase {
    Either<Rejection, DocumentationTemplate> publishTemplate(PublishTemplateCommand command);
  }

  /** DOC-1: the record is checked against its template version, with every problem reported at once. */
  public interface DocumentInnovationUseCase {
    Either<Rejection, InnovationRecord> documentInnovation(DocumentInnovationCommand command);
  }

  public interface FindTemplatesUseCase {
    Either<Rejection, List<DocumentationTemplate>> findTemplates(Actor actor);
  }

  public interface FindInnovationsUseCase {
    Either<Rejection, List<InnovationRecord>> findInnovations(Actor actor);
  }
}

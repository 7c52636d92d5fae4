package se.psi.core.documentation.application;

import static se.psi.core.documentation.port.in.DocumentationPermissions.READ_DOCUMENTATION;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.util.List;
import se.psi.core.documentation.domain.InnovationRecord;
import se.psi.core.documentation.port.in.FindInnovationsUseCase;
import se.psi.core.documentation.port.out.InnovationRecords;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Actor;

/** Every documented social innovation, newest first; they are published. */
final class FindInnovationsService implements FindInnovationsUseCase {

  private final InnovationRecords records;

  @Inject
  FindInnovationsService(InnovationRecords records) {
    this.records = records;
  }

  @Override
  public Either<Rejection, List<InnovationRecord>> findInnovations(Actor actor) {
    return READ_DOCUMENTATION.check(actor).map(ok -> records.all());
  }
}

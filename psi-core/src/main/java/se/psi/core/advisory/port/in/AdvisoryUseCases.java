package se.psi.core.advisory.port.in;

import io.vavr.control.Either;
import java.util.List;
import se.psi.core.advisory.domain.AdvisoryCase;
import se.psi.core.advisory.port.in.AdvisoryCommands.OpenAdvisoryCaseCommand;
import se.psi.core.advisory.port.in.AdvisoryCommands.RecordAdvisoryOutcomeCommand;
import se.psi.core.shared.Actor;
import se.psi.core.rules.Rejection;

/** Advice and method support (ADV-1..3). */
public final class AdvisoryUseCases {

  private AdvisoryUseCases() {}

  /** ADV-1: opened for civil society and social economy only, member or not; refused with the reason otherwise. */
  public interface AdviseUseCase {
    Either<Rejection, AdvisoryCase> openAdvisoryCase(OpenAdvisoryCaseCommand command);

    /** ADV-2: advice given, a referral (to whom and why), a recommendation to apply, or the project bank. */
    Either<Rejection, AdvisoryCase> recordAdvisoryOutcome(RecordAdvisoryOutcomeCommand command);
  }

  /** The cases, newest first; referrals in and out are on each case (ADV-3). */
  public interface FindAdvisoryCasesUseCase {
    Either<Rejection, List<AdvisoryCase>> findAdvisoryCases(Actor actor);
  }
}

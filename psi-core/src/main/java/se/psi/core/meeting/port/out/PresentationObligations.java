package se.psi.core.meeting.port.out;

import io.vavr.control.Option;
import java.util.List;
import se.psi.core.meeting.domain.PresentationObligation;
import se.psi.core.meeting.domain.PresentationObligationId;

/** Driven port: presentations owed by granted projects (MTG-3), with optimistic locking. */
public interface PresentationObligations {

  Option<PresentationObligation> find(PresentationObligationId id);

  /** Obligations not yet fulfilled, oldest first. */
  List<PresentationObligation> unfulfilled();

  /** The obligation of the granted project {@code projectReference} (GRA-8: the application's id), if it owes one. */
  Option<PresentationObligation> ofProject(String projectReference);

  void save(PresentationObligation obligation);
}

package se.psi.core.followup.port.out;

import io.vavr.control.Option;
import java.time.LocalDate;
import java.util.List;
import se.psi.core.followup.domain.GrantFollowUp;
import se.psi.core.grant.domain.GrantApplicationId;

/** Driven port: the follow-ups of granted applications (GRA-17), one per application, with optimistic locking. */
public interface GrantFollowUps {

  Option<GrantFollowUp> find(GrantApplicationId id);

  /**
   * Follow-ups still waiting for their final report whose first reminder day ({@code FollowUpTerms#firstReminder})
   * is on or before {@code day}, by that day and then by application id: those the daily reminder job looks at.
   */
  List<GrantFollowUp> awaitingReport(LocalDate day);

  void save(GrantFollowUp followUp);
}

package se.psi.core.meeting.port.in;

import io.vavr.control.Either;
import java.util.List;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.rules.Rejection;

/** The meeting use cases; each interface is one use case, grouped here because each is a single method. */
public final class MeetingUseCases {

  private MeetingUseCases() {}

  /** AU-5: the committee plans a meeting; a general meeting gets the ruleset's fixed agenda (MTG-1). */
  public interface PlanMeetingUseCase {
    Either<Rejection, Meeting> planMeeting(PlanMeetingCommand command);
  }

  /** Adds an agenda item or a speaker to a planned meeting. */
  public interface PrepareMeetingUseCase {
    Either<Rejection, Meeting> prepareMeeting(PrepareMeetingCommand command);
  }

  /** MTG-2: anyone registers for an open meeting. */
  public interface RegisterForMeetingUseCase {
    Either<Rejection, Meeting> registerForMeeting(RegisterForMeetingCommand command);
  }

  /** The meeting was held: attendance of internal meetings and the minutes' decisions. */
  public interface HoldMeetingUseCase {
    Either<Rejection, Meeting> holdMeeting(HoldMeetingCommand command);
  }

  public interface CancelMeetingUseCase {
    Either<Rejection, Meeting> cancelMeeting(MeetingCommand command);
  }

  /** The meetings of a year, by date; public, as the partnership publishes its meetings. */
  public interface FindMeetingsUseCase {
    Either<Rejection, List<Meeting>> findMeetings(MeetingYearQuery query);

    /** One meeting; public, as the meetings are (the command's expected version is not used). */
    Either<Rejection, Meeting> findMeeting(MeetingCommand query);
  }

  /** MTG-1, MTG-2, MTG-4: a year's meetings against that year's targets, and the county's coverage. */
  public interface MeetingYearUseCase {
    Either<Rejection, MeetingYear> meetingYear(MeetingYearQuery query);
  }
}

package se.psi.core.meeting.port.out;

import io.vavr.control.Option;
import java.time.Year;
import java.util.List;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.meeting.domain.MeetingId;

/** Driven port: the partnership's meetings and activities, with optimistic locking as every repository. */
public interface Meetings {

  Option<Meeting> find(MeetingId id);

  /** The meetings dated in {@code year}, by date. */
  List<Meeting> inYear(Year year);

  void save(Meeting meeting);
}

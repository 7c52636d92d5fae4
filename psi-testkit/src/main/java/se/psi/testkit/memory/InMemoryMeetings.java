package se.psi.testkit.memory;

import io.vavr.control.Option;
import java.time.Year;
import java.util.Comparator;
import java.util.List;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.meeting.domain.MeetingId;
import se.psi.core.meeting.port.out.Meetings;

/** {@link Meetings} in memory. */
public final class InMemoryMeetings extends InMemoryRepository<MeetingId, Meeting> implements Meetings {

  public InMemoryMeetings() {
    super("Meeting", Meeting::id, Meeting::version);
  }

  @Override
  public Option<Meeting> find(MeetingId id) {
    return store.find(id);
  }

  @Override
  public List<Meeting> inYear(Year year) {
    return store.all().stream().filter(m -> Year.from(m.date()).equals(year))
        .sorted(Comparator.comparing(Meeting::date).thenComparing(m -> m.id().value())).toList();
  }

  @Override
  public void save(Meeting meeting) {
    store.save(meeting);
  }
}

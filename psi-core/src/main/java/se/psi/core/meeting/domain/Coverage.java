package se.psi.core.meeting.domain;

import java.time.Year;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import se.psi.core.shared.Municipality;

/**
 * MTG-4: where in the county the year's held activities took place, so that gaps in the county's coverage show.
 *
 * @param perMunicipality held activities per municipality, every municipality present (0 where none)
 * @param digital held digital activities
 * @param gaps municipalities with no activity
 */
public record Coverage(Year year, Map<Municipality, Integer> perMunicipality, int digital, List<Municipality> gaps) {

  public Coverage {
    perMunicipality = Map.copyOf(perMunicipality);
    gaps = List.copyOf(gaps);
  }

  public static Coverage of(Year year, List<Meeting> meetings) {
    Map<Municipality, Integer> counts = new EnumMap<>(Municipality.class);
    for (Municipality municipality : Municipality.values()) {
      counts.put(municipality, 0);
    }
    int digital = 0;
    for (Meeting meeting : meetings) {
      if (meeting.status() != MeetingStatus.HELD || !Year.from(meeting.date()).equals(year)) {
        continue;
      }
      if (meeting.place().isDigital()) {
        digital++;
      } else {
        counts.merge(meeting.place().municipality().orElseThrow(), 1, Integer::sum);
      }
    }
    List<Municipality> gaps = counts.entrySet().stream().filter(e -> e.getValue() == 0).map(Map.Entry::getKey)
        .toList();
    return new Coverage(year, counts, digital, gaps);
  }
}

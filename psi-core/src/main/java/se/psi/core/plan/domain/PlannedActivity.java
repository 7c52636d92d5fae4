package se.psi.core.plan.domain;

import java.util.Objects;
import java.util.Optional;

/**
 * ACT-1: an activity of the year's list, under a goal of the operational plan.
 *
 * @param goal the plan's goal number
 * @param responsible the responsible organisation, e.g. "Coompanion"
 * @param targetCount a countable target (e.g. 4 public dialogues), if the target is a count
 * @param targetDescription the target in words
 * @param achievedCount what was achieved, for a countable target
 * @param note the follow-up note
 */
public record PlannedActivity(PlannedActivityId id, int goal, String title, String responsible,
    Optional<Integer> targetCount, String targetDescription, ActivityStatus status, Optional<Integer> achievedCount,
    String note) {

  public PlannedActivity {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(title, "title");
    Objects.requireNonNull(responsible, "responsible");
    Objects.requireNonNull(targetCount, "targetCount");
    Objects.requireNonNull(targetDescription, "targetDescription");
    Objects.requireNonNull(status, "status");
    Objects.requireNonNull(achievedCount, "achievedCount");
    Objects.requireNonNull(note, "note");
  }

  /** ACT-1: an activity as it is added to the year's list: planned, nothing achieved, no note yet. */
  public static PlannedActivity planned(PlannedActivityId id, int goal, String title, String responsible,
      Optional<Integer> targetCount, String targetDescription) {
    return new PlannedActivity(id, goal, title, responsible, targetCount, targetDescription, ActivityStatus.PLANNED,
        Optional.empty(), "");
  }

  PlannedActivity followedUp(ActivityStatus newStatus, Optional<Integer> achieved, String newNote) {
    return new PlannedActivity(id, goal, title, responsible, targetCount, targetDescription, newStatus,
        achieved.or(() -> achievedCount), newNote);
  }
}

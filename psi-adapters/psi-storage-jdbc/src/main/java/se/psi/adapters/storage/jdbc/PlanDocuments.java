package se.psi.adapters.storage.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.psi.core.plan.domain.ActivityStatus;
import se.psi.core.plan.domain.Goal;
import se.psi.core.plan.domain.PlannedActivity;
import se.psi.core.plan.domain.PlannedActivityId;

/** The JSON documents of operational plans and activity lists, and their storage records. */
final class PlanDocuments {

  private PlanDocuments() {}

  record StoredGoal(int number, String title) {}

  record StoredActivity(UUID id, int goal, String title, String responsible, Optional<Integer> targetCount,
      String targetDescription, ActivityStatus status, Optional<Integer> achievedCount, String note) {}

  static final DocumentKind<List<Goal>> GOALS = DocumentKind.listOf("operational_plan.goals",
      new TypeReference<List<StoredGoal>>() {}, g -> new StoredGoal(g.number(), g.title()),
      g -> new Goal(g.number(), g.title()));

  static final DocumentKind<List<PlannedActivity>> ACTIVITIES = DocumentKind.listOf("activity_list.activities",
      new TypeReference<List<StoredActivity>>() {},
      a -> new StoredActivity(a.id().value(), a.goal(), a.title(), a.responsible(), a.targetCount(),
          a.targetDescription(), a.status(), a.achievedCount(), a.note()),
      a -> new PlannedActivity(new PlannedActivityId(a.id()), a.goal(), a.title(), a.responsible(), a.targetCount(),
          a.targetDescription(), a.status(), a.achievedCount(), a.note()));

  static final List<DocumentKind<?>> KINDS = List.of(GOALS, ACTIVITIES);
}

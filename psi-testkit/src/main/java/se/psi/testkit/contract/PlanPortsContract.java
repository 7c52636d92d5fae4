package se.psi.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.psi.testkit.fixtures.Fixtures.anOperationalPlan;
import static se.psi.testkit.fixtures.Fixtures.eventMeta;

import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.psi.core.plan.domain.ActivityList;
import se.psi.core.plan.domain.ActivityListId;
import se.psi.core.plan.domain.ActivityStatus;
import se.psi.core.plan.domain.OperationalPlan;
import se.psi.core.plan.domain.PlannedActivity;
import se.psi.core.plan.domain.PlannedActivityId;
import se.psi.core.plan.port.out.ActivityLists;
import se.psi.core.plan.port.out.OperationalPlans;
import se.psi.core.port.out.StaleVersionException;
import se.psi.testkit.fixtures.Fixtures;

/** The contract of the {@link OperationalPlans} and {@link ActivityLists} ports. Return fresh, empty stores. */
public abstract class PlanPortsContract {

  protected abstract OperationalPlans plans();

  protected abstract ActivityLists activityLists();

  @Test
  void a_plan_with_its_goals_is_found_as_saved() {
    OperationalPlans plans = plans();
    OperationalPlan plan = anOperationalPlan();

    plans.save(plan);

    assertThat(plans.find(plan.id()).get()).isEqualTo(plan);
    assertThat(plans.all()).containsExactly(plan);
    assertThatThrownBy(() -> plans.save(plan)).isInstanceOf(StaleVersionException.class);
  }

  @Test
  void an_activity_list_with_targets_and_outcomes_is_found_as_saved_by_year() {
    ActivityLists lists = activityLists();
    OperationalPlan plan = anOperationalPlan();
    PlannedActivityId dialogues = new PlannedActivityId(UUID.randomUUID());
    ActivityList first = ActivityList.empty(2022, plan.id())
        .add(PlannedActivity.planned(dialogues, 1, "Samhällssamtal", "Coompanion", Optional.of(4),
            "Fyra samhällssamtal på olika teman"), plan, "orebro-2022", Fixtures.eventMeta())
        .get().aggregate();
    lists.save(first);
    lists.save(first.add(PlannedActivity.planned(new PlannedActivityId(UUID.randomUUID()), 2,
        "Börja utveckla projektbanken", "AU", Optional.empty(), "En intern projektbank"), plan, "orebro-2022", Fixtures.eventMeta())
        .get().aggregate());
    ActivityList followedUp = lists.find(new ActivityListId(2022)).get()
        .followUp(dialogues, ActivityStatus.DONE, Optional.of(4), "Klart", eventMeta()).get().aggregate();
    lists.save(followedUp);

    assertThat(lists.find(new ActivityListId(2022)).get()).isEqualTo(followedUp);
    assertThat(lists.find(new ActivityListId(2023)).isEmpty()).isTrue();
    assertThatThrownBy(() -> lists.save(first)).isInstanceOf(StaleVersionException.class);
  }
}

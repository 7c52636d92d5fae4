package se.psi.core.plan.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.core.TestFacts.meta;
import static se.psi.core.TestFacts.rulesOn;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.psi.core.meeting.domain.Coverage;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.meeting.domain.MeetingFormat;
import se.psi.core.meeting.domain.MeetingId;
import se.psi.core.meeting.domain.YearTargets;
import se.psi.core.membership.domain.ApplicationCounts;
import se.psi.core.membership.domain.ApplicationStatus;
import se.psi.core.rules.Evaluation;
import se.psi.core.rules.Verdict;
import se.psi.core.shared.Place;
import se.psi.core.rules.Rejection;

class PlanTest {

  private final OperationalPlan plan = OperationalPlan.draft(new OperationalPlanId(UUID.randomUUID()),
      "Verksamhetsplan 2021-2026", 2021, 2026, List.of(new Goal(1, "Dialog"), new Goal(2, "Samverkan"),
          new Goal(3, "Råd och stöd")), meta()).aggregate();

  @Test
  void ACT_1_an_activity_belongs_under_a_goal_of_the_plan_in_a_year_it_covers() {
    var refused = ActivityList.empty(2027, plan.id()).add(activity(4, Optional.empty()), plan, "orebro-2023", meta());

    assertThat(refused.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class,
        refusal -> assertThat(refusal.explanation().failures()).extracting(e -> e.field())
            .containsExactly("year", "goal"));
    assertThat(ActivityList.empty(2022, plan.id()).add(activity(1, Optional.of(4)), plan, "orebro-2022", meta()).isRight())
        .isTrue();
  }

  @Test
  void ACT_2_a_countable_target_is_met_when_reached_and_one_in_words_when_done() {
    PlannedActivity dialogues = activity(1, Optional.of(4));
    PlannedActivity bank = activity(2, Optional.empty());

    assertThat(followedUp(dialogues.followedUp(ActivityStatus.DONE, Optional.of(3), "")))
        .isEqualTo(Verdict.NOT_MET);
    assertThat(followedUp(dialogues.followedUp(ActivityStatus.DONE, Optional.of(4), "")))
        .isEqualTo(Verdict.MET);
    assertThat(followedUp(bank)).isEqualTo(Verdict.NEEDS_JUDGEMENT);
    assertThat(followedUp(bank.followedUp(ActivityStatus.DONE, Optional.empty(), "")))
        .isEqualTo(Verdict.MET);
  }

  @Test
  void ACT_2_the_follow_up_groups_activities_per_goal_with_the_meetings_of_the_year() {
    ActivityList list = ActivityList.empty(2022, plan.id()).add(activity(1, Optional.of(4)), plan, "orebro-2022", meta())
        .get().aggregate().add(activity(3, Optional.empty()), plan, "orebro-2022", meta()).get().aggregate();
    var year = Year.of(2022);
    FollowUp followUp = FollowUp.of(plan, list, YearTargets.of(year, List.of(), rulesOn(year.atDay(1))),
        Coverage.of(year, List.of()), ApplicationCounts.of(2022, Map.of(ApplicationStatus.ADMITTED, 3L,
            ApplicationStatus.SUBMITTED, 1L)));

    assertThat(followUp.goals()).extracting(g -> g.activities().size()).containsExactly(1, 0, 1);
    assertThat(followUp.membershipApplications()).isEqualTo(new ApplicationCounts(2022, 4, 1, 0, 3, 0));
    assertThat(followUp.explanation().evaluations()).extracting(e -> e.ruleId())
        .containsExactly("ACT-2", "ACT-2", "MTG-1", "MTG-2", "MTG-4");
  }

  @Test
  void MTG_1_the_operational_plan_is_adopted_only_by_a_general_meeting_that_was_held() {
    LocalDate day = LocalDate.of(2021, 3, 10);
    Meeting general = Meeting.plan(new MeetingId(UUID.randomUUID()), MeetingFormat.GENERAL_MEETING, "Stormöte", day,
        Place.digital(), Optional.empty(), List.of(), meta()).meeting();
    Meeting workshop = Meeting.plan(new MeetingId(UUID.randomUUID()), MeetingFormat.WORKSHOP, "Verkstad", day,
        Place.digital(), Optional.empty(), List.of(), meta()).meeting();

    assertThat(plan.adoptAt(general, rulesOn(day), meta()).getLeft()).isInstanceOf(Rejection.RuleRefusal.class);
    assertThat(plan.adoptAt(held(workshop), rulesOn(day), meta()).getLeft())
        .isInstanceOf(Rejection.RuleRefusal.class);
    var adoption = plan.adoptAt(held(general), rulesOn(day), meta()).get();
    OperationalPlan adopted = adoption.aggregate();
    assertThat(adopted.adoptedBy()).contains(general.id());
    assertThat(adopted.adoptedOn()).contains(day);
    assertThat(adoption.events()).containsExactly(new PlanEvent.OperationalPlanAdopted(
        ((PlanEvent.OperationalPlanAdopted) adoption.events().get(0)).meta(), plan.id(), general.id(), day));
    assertThat(adopted.adoptAt(held(general), rulesOn(day), meta()).getLeft())
        .isInstanceOf(Rejection.IllegalState.class);
  }

  @Test
  void ACT_2_following_up_an_activity_records_its_outcome_and_says_so() {
    PlannedActivity dialogues = activity(1, Optional.of(4));
    ActivityList list = ActivityList.empty(2022, plan.id()).add(dialogues, plan, "orebro-2022", meta()).get().aggregate();

    var followedUp = list.followUp(dialogues.id(), ActivityStatus.DONE, Optional.of(4), "Klart", meta()).get();

    assertThat(followedUp.aggregate().version()).isEqualTo(2);
    assertThat(followedUp.aggregate().activities()).singleElement()
        .satisfies(a -> assertThat(a.achievedCount()).contains(4));
    assertThat(followedUp.events()).singleElement().isInstanceOfSatisfying(PlanEvent.ActivityFollowedUp.class,
        event -> assertThat(event.aggregateId()).isEqualTo("2022"));
    assertThat(list.followUp(new PlannedActivityId(UUID.randomUUID()), ActivityStatus.DONE, Optional.empty(), "",
        meta()).getLeft())
        .isInstanceOf(Rejection.NotFound.class);
  }

  private static Meeting held(Meeting meeting) {
    return meeting.hold(Set.of(), List.of("Verksamhetsplanen fastställs"), meta()).get().meeting();
  }

  private static PlannedActivity activity(int goal, Optional<Integer> target) {
    return PlannedActivity.planned(new PlannedActivityId(UUID.randomUUID()), goal, "Aktivitet under mål " + goal,
        "AU", target, "Mål i ord");
  }

  /** ACT-2's one verdict on one activity. */
  private static Verdict followedUp(PlannedActivity activity) {
    List<Evaluation> evaluations = PlanRules.ACT_2.evaluate(List.of(activity), null);
    assertThat(evaluations).hasSize(1);
    return evaluations.get(0).verdict();
  }
}

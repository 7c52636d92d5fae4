package se.psi.core.meeting.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.core.TestFacts.meta;
import static se.psi.core.TestFacts.rulesOn;

import java.time.LocalDate;
import java.time.Year;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.psi.core.rules.Evaluation;
import se.psi.core.rules.Verdict;
import se.psi.core.shared.Municipality;
import se.psi.core.shared.PartnerId;
import se.psi.core.shared.Place;

class MeetingTest {

  private static final LocalDate IN_2022 = LocalDate.of(2022, 4, 5);

  @Test
  void MTG_1_a_general_meeting_starts_with_the_fixed_agenda_of_its_ruleset_and_items_can_be_added() {
    Meeting planned = plan(MeetingFormat.GENERAL_MEETING, IN_2022, Place.in(Municipality.OREBRO));
    Meeting withItem = planned.addAgendaItem("Rapport från rådgivningsteamet", meta()).get().meeting();

    assertThat(planned.agenda()).extracting(AgendaItem::text).containsExactlyElementsOf(
        rulesOn(IN_2022).generalMeetingAgenda());
    assertThat(withItem.agenda()).last().isEqualTo(new AgendaItem("Rapport från rådgivningsteamet", false));
  }

  @Test
  void MTG_1_an_internal_meeting_records_which_parties_attended_and_takes_no_registrations() {
    Meeting planned = plan(MeetingFormat.GENERAL_MEETING, IN_2022, Place.digital());
    PartnerId verdandi = new PartnerId(UUID.randomUUID());

    assertThat(planned.register(registration(), meta()).getLeft().messageKey())
        .isEqualTo("meeting.internalNoRegistration");
    Meeting held = planned.hold(Set.of(verdandi), List.of("Verksamhetsplanen fastställdes"), meta()).get().meeting();
    assertThat(held.attendance()).containsExactly(verdandi);
    assertThat(held.status()).isEqualTo(MeetingStatus.HELD);
  }

  @Test
  void MTG_2_a_public_dialogue_is_open_to_anyone_also_outside_the_partnership() {
    Meeting dialogue = plan(MeetingFormat.PUBLIC_DIALOGUE, IN_2022, Place.in(Municipality.LINDESBERG));

    var registered = dialogue.register(registration(), meta()).get();

    assertThat(registered.meeting().registrations()).singleElement()
        .satisfies(r -> assertThat(r.fromOutsideThePartnership()).isTrue());
    assertThat(registered.events()).singleElement()
        .isInstanceOf(MeetingEvent.MeetingRegistrationReceived.class);
    assertThat(dialogue.hold(Set.of(new PartnerId(UUID.randomUUID())), List.of(), meta()).getLeft().messageKey())
        .isEqualTo("meeting.openNoAttendance");
  }

  @Test
  void MTG_3_a_presentation_is_fulfilled_only_in_the_held_dialogue_it_was_scheduled_into() {
    Meeting dialogue = plan(MeetingFormat.PUBLIC_DIALOGUE, IN_2022, Place.digital());
    var owed = PresentationObligation.owe(new PresentationObligationId(UUID.randomUUID()), "grant-7", "Språkcafé",
        IN_2022, meta());
    assertThat(owed.events()).singleElement().isInstanceOf(PresentationObligation.PresentationOwed.class);

    var scheduled = owed.aggregate().scheduleInto(dialogue, meta()).get();
    assertThat(scheduled.events()).singleElement().isInstanceOfSatisfying(
        PresentationObligation.PresentationScheduled.class, e -> assertThat(e.meetingId()).isEqualTo(dialogue.id()));
    assertThat(scheduled.aggregate().fulfil(Optional.of(dialogue), meta()).isLeft()).isTrue();
    assertThat(scheduled.aggregate().fulfil(Optional.empty(), meta()).getLeft().messageKey())
        .isEqualTo("presentation.dialogueNotHeld");
    Meeting held = dialogue.hold(Set.of(), List.of(), meta()).get().meeting();
    var fulfilled = scheduled.aggregate().fulfil(Optional.of(held), meta()).get();

    assertThat(fulfilled.aggregate().status()).isEqualTo(PresentationObligation.Status.FULFILLED);
    assertThat(fulfilled.events()).singleElement().isInstanceOf(PresentationObligation.PresentationFulfilled.class);
    assertThat(owed.aggregate().scheduleInto(plan(MeetingFormat.WORKSHOP, IN_2022, Place.digital()), meta())
        .getLeft().messageKey()).isEqualTo("presentation.needsPlannedDialogue");
  }

  @Test
  void MTG_4_every_activity_has_a_place_and_the_coverage_shows_the_county_gaps() {
    List<Meeting> year = List.of(
        held(plan(MeetingFormat.WORKSHOP, IN_2022, Place.in(Municipality.KARLSKOGA))),
        held(plan(MeetingFormat.STUDY_CIRCLE, IN_2022, Place.in(Municipality.KARLSKOGA))),
        held(plan(MeetingFormat.LEARNING_SEMINAR, IN_2022, Place.digital())),
        plan(MeetingFormat.DIALOGUE_MEETING, IN_2022, Place.in(Municipality.NORA)));

    Coverage coverage = Coverage.of(Year.of(2022), year);

    assertThat(coverage.perMunicipality()).containsEntry(Municipality.KARLSKOGA, 2).containsEntry(Municipality.NORA, 0);
    assertThat(coverage.digital()).isEqualTo(1);
    assertThat(coverage.gaps()).hasSize(11).doesNotContain(Municipality.KARLSKOGA);
  }

  @Test
  void MTG_1_MTG_2_a_years_meetings_are_judged_against_the_targets_of_that_years_ruleset() {
    List<Meeting> meetings = List.of(
        held(plan(MeetingFormat.GENERAL_MEETING, IN_2022, Place.digital())),
        held(plan(MeetingFormat.GENERAL_MEETING, IN_2022.plusMonths(5), Place.digital())),
        held(plan(MeetingFormat.PUBLIC_DIALOGUE, IN_2022, Place.digital())),
        plan(MeetingFormat.PUBLIC_DIALOGUE, IN_2022.plusMonths(6), Place.digital()));

    YearTargets targets = YearTargets.of(Year.of(2022), meetings, rulesOn(IN_2022));

    assertThat(targets.explanation().rulesetVersion()).isEqualTo("orebro-2022");
    assertThat(targets.explanation().evaluations()).extracting(Evaluation::ruleId, Evaluation::verdict)
        .containsExactly(org.assertj.core.groups.Tuple.tuple("MTG-1", Verdict.MET),
            org.assertj.core.groups.Tuple.tuple("MTG-2", Verdict.NOT_MET),
            org.assertj.core.groups.Tuple.tuple("MTG-4", Verdict.NOT_APPLICABLE));
    assertThat(targets.explanation().evaluations().get(1).args()).containsExactly(MeetingFormat.PUBLIC_DIALOGUE, 1, 2,
        "4");
  }

  @Test
  void MTG_4_coordination_meetings_count_against_one_to_two_per_half_year_under_the_2016_agreement() {
    LocalDate in2017 = LocalDate.of(2017, 3, 1);
    List<Meeting> meetings = List.of(held(plan(MeetingFormat.COORDINATION_MEETING, in2017, Place.digital())),
        held(plan(MeetingFormat.COORDINATION_MEETING, in2017.plusMonths(6), Place.digital())));

    List<Evaluation> mtg4 = YearTargets.of(Year.of(2017), meetings, rulesOn(in2017)).explanation().evaluations()
        .stream().filter(e -> e.ruleId().equals("MTG-4")).toList();

    assertThat(mtg4).extracting(Evaluation::verdict).containsExactly(Verdict.MET, Verdict.MET);
    assertThat(mtg4).extracting(Evaluation::messageKey).containsOnly("meeting.target.halfYear.met");
    assertThat(mtg4.get(1).args()).containsExactly(MeetingFormat.COORDINATION_MEETING, 1, "1\u20132", 2, 2017);
  }

  @Test
  void MTG_4_four_coordination_meetings_in_the_spring_and_none_in_the_autumn_miss_the_autumns_target() {
    LocalDate spring2017 = LocalDate.of(2017, 2, 1);
    List<Meeting> meetings = List.of(
        held(plan(MeetingFormat.COORDINATION_MEETING, spring2017, Place.digital())),
        held(plan(MeetingFormat.COORDINATION_MEETING, spring2017.plusMonths(1), Place.digital())),
        held(plan(MeetingFormat.COORDINATION_MEETING, spring2017.plusMonths(2), Place.digital())),
        held(plan(MeetingFormat.COORDINATION_MEETING, spring2017.plusMonths(3), Place.digital())));

    List<Evaluation> mtg4 = YearTargets.of(Year.of(2017), meetings, rulesOn(spring2017)).explanation().evaluations()
        .stream().filter(e -> e.ruleId().equals("MTG-4")).toList();

    assertThat(mtg4).extracting(Evaluation::verdict).containsExactly(Verdict.MET, Verdict.NOT_MET);
    assertThat(mtg4.get(0).args()).containsExactly(MeetingFormat.COORDINATION_MEETING, 4, "1\u20132", 1, 2017);
    assertThat(mtg4.get(1).args()).containsExactly(MeetingFormat.COORDINATION_MEETING, 0, 0, "1\u20132", 2, 2017);
  }

  private static Meeting plan(MeetingFormat format, LocalDate date, Place place) {
    return Meeting.plan(new MeetingId(UUID.randomUUID()), format, "Tema", date, place, Optional.of("Coompanion"),
        rulesOn(date).generalMeetingAgenda(), meta()).meeting();
  }

  private static Meeting held(Meeting meeting) {
    return meeting.hold(Set.of(), List.of(), meta()).get().meeting();
  }

  private static Registration registration() {
    return new Registration(UUID.randomUUID(), Optional.of("Röda korset"), Optional.empty());
  }
}

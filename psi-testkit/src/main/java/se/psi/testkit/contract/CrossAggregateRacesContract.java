package se.psi.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.Callable;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.IntFunction;
import java.util.stream.IntStream;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import se.psi.core.PsiCore;
import se.psi.core.PsiStorage;
import se.psi.core.committee.domain.Seat;
import se.psi.core.committee.domain.WorkingCommittee;
import se.psi.core.committee.port.in.CommitteeQuery;
import se.psi.core.committee.port.in.CommitteeView;
import se.psi.core.committee.port.in.GetWorkingCommitteeUseCase;
import se.psi.core.committee.port.in.LeaveCommitteeSeatUseCase;
import se.psi.core.committee.port.in.SeatCommand;
import se.psi.core.committee.port.in.TakeCommitteeSeatUseCase;
import se.psi.core.contact.port.in.ContactPersonDetails;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.meeting.domain.MeetingFormat;
import se.psi.core.meeting.port.in.PlanMeetingCommand;
import se.psi.core.meeting.port.in.PlanMeetingUseCase;
import se.psi.core.meeting.port.in.RegisterForMeetingCommand;
import se.psi.core.meeting.port.in.RegisterForMeetingUseCase;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.domain.MembershipOutcome;
import se.psi.core.membership.domain.PartnerStatus;
import se.psi.core.membership.port.in.ApplyForMembershipCommand;
import se.psi.core.membership.port.in.ApplyForMembershipUseCase;
import se.psi.core.membership.port.in.BoardDecisionDetails;
import se.psi.core.membership.port.in.DecideMembershipCommand;
import se.psi.core.membership.port.in.DecideMembershipUseCase;
import se.psi.core.membership.port.in.OrganisationDetails;
import se.psi.core.membership.port.in.PartnerCommand;
import se.psi.core.membership.port.in.WithdrawFromPartnershipUseCase;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Actor;
import se.psi.core.shared.IdSource;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.PartnerId;
import se.psi.core.shared.Role;
import se.psi.testkit.fixtures.Fixtures;
import se.psi.testkit.time.TestClock;

/**
 * The rules that span aggregates, held under races: many threads at once, over one core or several core instances
 * sharing one storage (as several server processes share one database). Every storage runs it: the in-memory one,
 * JDBC on PostgreSQL and H2, an integrator's own. It holds only if the storage keeps {@code UnitOfWork.lock} and
 * {@code UnitOfWork.reading} as their contract says ({@link UnitOfWorkContract} checks them one by one).
 *
 * <p>The races are public so that a longer run (psi-bench's {@code ContendedChangesLoad}) can call them with more
 * {@link #rounds()}. All races run on one fixed day under the ruleset in force then; the rules raced here read no date-dependent
 * figure but the ruleset's majority rule, which every ruleset has.
 */
public abstract class CrossAggregateRacesContract {

  /** The day the races run on. */
  public static final String DAY = "2022-03-01";

  private static final Actor COMMITTEE = Actor.of("au-member", Role.COMMITTEE_MEMBER);
  private static final Actor ADMIN = Actor.of("admin", Role.ADMINISTRATOR);

  private List<PsiStorage> storages;
  private List<PsiCore> cores;

  /**
   * Fresh storages, one per core instance, all over the same data: one for a storage used by one process, or
   * several (a second {@code JdbcStorage} with a pool of its own on the same database, as a second process would
   * open).
   */
  protected abstract List<PsiStorage> instances();

  /** How many rounds a race is run; a longer run (a benchmark) asks for more. */
  protected int rounds() {
    return 4;
  }

  /** Builds one core per storage of {@link #instances()}; JUnit calls it before each race, a longer run itself. */
  @BeforeEach
  public void startCores() {
    storages = instances();
    cores = storages.stream().map(storage -> PsiCore.builder().storage(storage).clock(TestClock.at(DAY))
        .ids(IdSource.random()).build()).toList();
  }

  @Test
  public void MEM_7_AU_3_withdrawals_racing_seat_changes_are_never_refused_and_leave_no_former_partner_seated()
      throws InterruptedException {
    List<UUID> seated = IntStream.range(0, 3).mapToObj(i -> admitted(OrganisationKind.ASSOCIATION)).toList();
    seated.forEach(partner -> ok(use(0, TakeCommitteeSeatUseCase.class).takeCommitteeSeat(seat(partner))));
    Set<UUID> withdrawn = ConcurrentHashMap.newKeySet();
    for (int round = 0; round < rounds(); round++) {
      List<UUID> leaving = IntStream.range(0, 4).mapToObj(i -> admitted(OrganisationKind.ASSOCIATION)).toList();
      List<Callable<Either<Rejection, ?>>> tasks = new ArrayList<>();
      for (int i = 0; i < leaving.size(); i++) {
        UUID partner = leaving.get(i);
        int thread = i;
        tasks.add(() -> use(thread, WithdrawFromPartnershipUseCase.class).withdrawFromPartnership(
            new PartnerCommand(ADMIN, partner, null)));
        tasks.add(() -> use(thread + 1, TakeCommitteeSeatUseCase.class).takeCommitteeSeat(seat(partner)));
        tasks.add(() -> use(thread, TakeCommitteeSeatUseCase.class).takeCommitteeSeat(seat(partner)));
        UUID other = seated.get(i % seated.size());
        tasks.add(() -> use(thread + 1, LeaveCommitteeSeatUseCase.class).leaveCommitteeSeat(seat(other))
            .flatMap(left -> use(thread, TakeCommitteeSeatUseCase.class).takeCommitteeSeat(seat(other))));
      }
      List<Either<Rejection, ?>> outcomes = Concurrently.results(tasks);
      withdrawn.addAll(leaving);

      for (int i = 0; i < outcomes.size(); i += 4) {
        assertThat(outcomes.get(i).isRight()).as("MEM-7: a withdrawal is never refused, here %s", outcomes.get(i))
            .isTrue();
      }
      outcomes.stream().filter(Either::isLeft).map(Either::getLeft).forEach(refusal -> assertThat(refusal)
          .as("a change without an expected version is run again, never refused as a lost race")
          .isNotInstanceOfAny(Rejection.ConcurrentChange.class, Rejection.StaleVersion.class));
      WorkingCommittee committee = committee().committee();
      assertThat(committee.seats()).extracting(seat -> seat.partnerId().value())
          .as("MEM-7, AU-2: no partner that left holds a seat or counts for the majority").doesNotContainAnyElementsOf(
              withdrawn);
      leaving.forEach(partner -> assertThat(storages.get(0).partners().find(new PartnerId(partner)).get().status())
          .isEqualTo(PartnerStatus.WITHDRAWN));
      leaving.forEach(partner -> assertThat(storages.get(0).partnerContacts().find(new PartnerId(partner)))
          .as("CON-1: a partner that left has no open contact register").allMatch(register -> !register.active()));
    }
  }

  @Test
  public void MEM_3_of_concurrent_applications_for_one_organisation_one_is_made_and_each_other_is_refused_precisely()
      throws InterruptedException {
    OrganisationDetails organisation = anOrganisation(OrganisationKind.ASSOCIATION);

    List<Either<Rejection, MembershipApplication>> applied = race(16, thread ->
        use(thread, ApplyForMembershipUseCase.class).applyForMembership(application(organisation)));

    assertThat(applied).filteredOn(Either::isRight).hasSize(1);
    assertThat(applied).filteredOn(Either::isLeft).extracting(Either::getLeft)
        .allSatisfy(refusal -> assertThat(refusal).isInstanceOfSatisfying(Rejection.IllegalState.class,
            illegal -> assertThat(illegal.messageKey()).isEqualTo("membership.applicationOpen")));
    MembershipApplication open = applied.stream().filter(Either::isRight).findFirst().orElseThrow().get();

    List<Either<Rejection, MembershipApplication>> decided = race(8, thread ->
        use(thread, DecideMembershipUseCase.class).decideMembership(
            new DecideMembershipCommand(COMMITTEE, open.id().value(), null)));

    assertThat(decided).filteredOn(Either::isRight).hasSize(1)
        .allSatisfy(one -> assertThat(one.get().latestDecision().orElseThrow().outcome())
            .isEqualTo(MembershipOutcome.ADMITTED));
    assertThat(decided).filteredOn(Either::isLeft).extracting(Either::getLeft)
        .allSatisfy(refusal -> assertThat(refusal).isInstanceOf(Rejection.IllegalState.class));
    assertThat(race(8, thread -> use(thread, ApplyForMembershipUseCase.class)
        .applyForMembership(application(organisation)))).extracting(Either::getLeft)
        .allSatisfy(refusal -> assertThat(refusal).isInstanceOfSatisfying(Rejection.IllegalState.class,
            illegal -> assertThat(illegal.messageKey()).isEqualTo("membership.alreadyPartner")));
  }

  @Test
  public void MEM_3_two_open_applications_stored_for_one_organisation_admit_one_partner_and_the_other_is_refused_precisely()
      throws InterruptedException {
    var organisation = Fixtures.anOrganisation(OrganisationKind.ASSOCIATION, "Verdandi");
    List<MembershipApplication> stored = List.of(Fixtures.aCompleteApplication(organisation),
        Fixtures.aCompleteApplication(organisation));
    stored.forEach(storages.get(0).membershipApplications()::save);

    List<Either<Rejection, MembershipApplication>> decided = race(2, thread ->
        use(thread, DecideMembershipUseCase.class).decideMembership(
            new DecideMembershipCommand(COMMITTEE, stored.get(thread).id().value(), null)));

    assertThat(decided).filteredOn(Either::isRight).hasSize(1);
    MembershipApplication refused = stored.get(decided.get(0).isLeft() ? 0 : 1);
    for (int again = 0; again < 2; again++) {
      assertThat(use(again, DecideMembershipUseCase.class).decideMembership(
          new DecideMembershipCommand(COMMITTEE, refused.id().value(), null)).getLeft())
          .isInstanceOfSatisfying(Rejection.IllegalState.class,
              illegal -> assertThat(illegal.messageKey()).isEqualTo("membership.alreadyPartner"));
    }
    assertThat(storages.get(0).partners().findCurrent(organisation.organisationNumber()).isDefined()).isTrue();
  }

  @Test
  public void MTG_2_simultaneous_registrations_without_an_expected_version_are_all_accepted() throws InterruptedException {
    Meeting dialogue = ok(use(0, PlanMeetingUseCase.class).planMeeting(new PlanMeetingCommand(COMMITTEE,
        MeetingFormat.PUBLIC_DIALOGUE, "Psykisk ohälsa bland unga", LocalDate.parse(DAY).plusMonths(1), null, true,
        null)));

    List<Either<Rejection, Meeting>> registered = race(32, thread -> use(thread, RegisterForMeetingUseCase.class)
        .registerForMeeting(new RegisterForMeetingCommand(Actor.of("visitor-" + thread), dialogue.id().value(),
            "Förening " + thread, null)));

    assertThat(registered).allSatisfy(outcome -> assertThat(outcome.isRight()).as("%s", outcome).isTrue());
    Meeting after = storages.get(0).meetings().find(dialogue.id()).get();
    assertThat(after.registrations()).hasSize(32);
    assertThat(after.version()).isEqualTo(dialogue.version() + 32);
  }

  @Test
  public void AU_2_every_read_of_the_committee_is_a_state_some_change_committed() throws InterruptedException {
    List<UUID> nonProfit = IntStream.range(0, 4).mapToObj(i -> admitted(OrganisationKind.ASSOCIATION)).toList();
    List<UUID> others = IntStream.range(0, 4).mapToObj(i -> admitted(OrganisationKind.COMPANY)).toList();
    nonProfit.forEach(partner -> ok(use(0, TakeCommitteeSeatUseCase.class).takeCommitteeSeat(seat(partner))));
    Map<Long, List<Seat>> committed = new ConcurrentHashMap<>();
    WorkingCommittee before = committee().committee();
    committed.put(before.version(), before.seats());
    List<Callable<List<WorkingCommittee>>> tasks = new ArrayList<>();
    for (int thread = 0; thread < 8; thread++) {
      int t = thread;
      UUID partner = t % 3 == 0 ? nonProfit.get(t % nonProfit.size()) : others.get(t % others.size());
      tasks.add(() -> {
        List<WorkingCommittee> read = new ArrayList<>();
        for (int change = 0; change < rounds() + 2; change++) {
          var outcome = change % 2 == 0 ? use(t, TakeCommitteeSeatUseCase.class).takeCommitteeSeat(seat(partner))
              : use(t, LeaveCommitteeSeatUseCase.class).leaveCommitteeSeat(seat(partner));
          outcome.map(CommitteeView::committee).forEach(after -> committed.put(after.version(), after.seats()));
          read.add(committee().committee());
        }
        return read;
      });
    }
    List<WorkingCommittee> reads = Concurrently.results(tasks).stream().flatMap(List::stream).toList();

    assertThat(reads).allSatisfy(read -> assertThat(read.seats())
        .as("the committee read at version %d", read.version()).isEqualTo(committed.get(read.version())));
  }

  private CommitteeView committee() {
    return ok(use(0, GetWorkingCommitteeUseCase.class).getWorkingCommittee(new CommitteeQuery(COMMITTEE)));
  }

  private <T> List<Either<Rejection, T>> race(int threads, IntFunction<Either<Rejection, T>> task)
      throws InterruptedException {
    return Concurrently.results(IntStream.range(0, threads)
        .<Callable<Either<Rejection, T>>>mapToObj(thread -> () -> task.apply(thread)).toList());
  }

  /** The use case of the core instance a thread runs on: threads take turns over the instances. */
  private <T> T use(int thread, Class<T> useCase) {
    return cores.get(thread % cores.size()).useCase(useCase);
  }

  private UUID admitted(OrganisationKind kind) {
    MembershipApplication applied = ok(use(0, ApplyForMembershipUseCase.class)
        .applyForMembership(application(anOrganisation(kind))));
    MembershipApplication decided = ok(use(1, DecideMembershipUseCase.class).decideMembership(
        new DecideMembershipCommand(COMMITTEE, applied.id().value(), null)));
    return decided.latestDecision().orElseThrow().partnerId().orElseThrow().value();
  }

  private static SeatCommand seat(UUID partner) {
    return new SeatCommand(COMMITTEE, partner, null, null);
  }

  private static OrganisationDetails anOrganisation(OrganisationKind kind) {
    return new OrganisationDetails(Fixtures.anOrganisationNumber().toString(), "Organisation " + kind, kind, null);
  }

  private static ApplyForMembershipCommand application(OrganisationDetails organisation) {
    OrganisationNumber number = OrganisationNumber.of(organisation.organisationNumber());
    return new ApplyForMembershipCommand(Actor.forOrganisation("admin-" + number, number,
        Role.PARTNER_ADMINISTRATOR), organisation, new BoardDecisionDetails(LocalDate.parse(DAY).minusMonths(1),
        "Styrelsen", "§ 7"), new ContactPersonDetails("Kim Berg", "Samordnare", "kim.berg@example.se", null, false),
        null, null);
  }

  private static <T> T ok(Either<Rejection, T> outcome) {
    return outcome.getOrElseThrow(refusal -> new AssertionError("refused: " + refusal));
  }
}

package se.psi.testkit.properties;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.psi.core.committee.port.in.CommitteeQuery;
import se.psi.core.committee.port.in.CommitteeView;
import se.psi.core.committee.port.in.GetWorkingCommitteeUseCase;
import se.psi.core.committee.port.in.LeaveCommitteeSeatUseCase;
import se.psi.core.committee.port.in.SeatCommand;
import se.psi.core.committee.port.in.TakeCommitteeSeatUseCase;
import se.psi.core.membership.domain.Partner;
import se.psi.core.membership.port.in.ApplyForMembershipUseCase;
import se.psi.core.membership.port.in.BoardDecisionDetails;
import se.psi.core.membership.port.in.DecideMembershipCommand;
import se.psi.core.membership.port.in.DecideMembershipUseCase;
import se.psi.core.membership.port.in.PartnerCommand;
import se.psi.core.membership.port.in.WithdrawFromPartnershipUseCase;
import se.psi.core.shared.Actor;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.Role;
import se.psi.testkit.gen.CommitteeGenerators;
import se.psi.testkit.gen.CommitteeGenerators.LeaveSeat;
import se.psi.testkit.gen.CommitteeGenerators.SeatStep;
import se.psi.testkit.gen.CommitteeGenerators.TakeSeat;
import se.psi.testkit.gen.DateGenerators;
import se.psi.testkit.gen.MembershipGenerators;
import se.psi.testkit.memory.InMemoryPsi;
import se.psi.testkit.time.SequentialIds;
import se.psi.testkit.time.TestClock;

/** AU-2 and AU-3 over any sequence of seat changes, with and without withdrawals (MEM-7), on any day. */
class CommitteeProperties {

  /** Four civil society, one social economy, three others: enough to both hold and break the majority. */
  private static final List<OrganisationKind> POOL = List.of(OrganisationKind.ASSOCIATION,
      OrganisationKind.FOUNDATION, OrganisationKind.STUDY_ASSOCIATION, OrganisationKind.FAITH_COMMUNITY,
      OrganisationKind.COOPERATIVE, OrganisationKind.REGION, OrganisationKind.UNIVERSITY,
      OrganisationKind.MUNICIPALITY);
  private static final Actor COMMITTEE = Actor.of("au", Role.COMMITTEE_MEMBER);

  @Test
  void AU_2_holds_after_any_sequence_of_seat_commands() {
    qt().withExamples(60).forAll(CommitteeGenerators.seatChanges(POOL.size(), 25), DateGenerators.anyDay())
        .checkAssert((steps, day) -> {
          Committee committee = new Committee(day);
          for (SeatStep step : steps) {
            committee.apply(step);
            CommitteeView view = committee.view();
            assertThat(view.counts().holdsMajority()).as("after %s", step).isTrue();
            assertThat(view.committee().outOfBalance()).isFalse();
          }
        });
  }

  @Test
  void AU_3_after_any_sequence_with_withdrawals_the_committee_is_balanced_or_marked_out_of_balance() {
    qt().withExamples(60).forAll(CommitteeGenerators.seatChangesWithWithdrawals(POOL.size(), 25),
        DateGenerators.anyDay()).checkAssert((steps, day) -> {
          Committee committee = new Committee(day);
          for (SeatStep step : steps) {
            committee.apply(step);
            CommitteeView view = committee.view();
            assertThat(view.counts().holdsMajority() || view.committee().outOfBalance()).as("after %s", step)
                .isTrue();
            assertThat(view.committee().outOfBalance()).isEqualTo(!view.counts().holdsMajority());
          }
        });
  }

  /**
   * A partnership on {@code day} whose pool of partners has been admitted (each board having decided a month
   * before); steps are sent through the use cases.
   */
  private static final class Committee {
    private final InMemoryPsi psi;
    private final List<Partner> partners = new ArrayList<>();

    Committee(LocalDate day) {
      psi = InMemoryPsi.create(TestClock.at(day), new SequentialIds());
      var boardDecision = new BoardDecisionDetails(day.minusMonths(1), "Styrelsen", "§ 1");
      for (OrganisationKind kind : POOL) {
        var draft = MembershipGenerators.application(new java.util.SplittableRandom(partners.size())).completed();
        var organisation = new se.psi.core.membership.port.in.OrganisationDetails(
            se.psi.testkit.fixtures.Fixtures.anOrganisationNumber().toString(), kind.name(), kind,
            se.psi.core.shared.Municipality.KUMLA);
        var applied = psi.useCase(ApplyForMembershipUseCase.class).applyForMembership(
            new MembershipGenerators.ApplicationDraft(organisation, Optional.of(boardDecision),
                draft.contactPerson(), draft.politicalAssembly()).command()).get();
        var decided = psi.useCase(DecideMembershipUseCase.class)
            .decideMembership(new DecideMembershipCommand(COMMITTEE, applied.id().value(), null)).get();
        partners.add(psi.partners().find(decided.latestDecision().get().partnerId().get()).get());
      }
    }

    void apply(SeatStep step) {
      Partner partner = partners.get(step.partner());
      SeatCommand seat = new SeatCommand(COMMITTEE, partner.id().value(), null, null);
      if (step instanceof TakeSeat) {
        psi.useCase(TakeCommitteeSeatUseCase.class).takeCommitteeSeat(seat);
      } else if (step instanceof LeaveSeat) {
        psi.useCase(LeaveCommitteeSeatUseCase.class).leaveCommitteeSeat(seat);
      } else {
        psi.useCase(WithdrawFromPartnershipUseCase.class).withdrawFromPartnership(
            new PartnerCommand(Actor.of("admin", Role.ADMINISTRATOR), partner.id().value(), null));
      }
    }

    CommitteeView view() {
      return psi.useCase(GetWorkingCommitteeUseCase.class).getWorkingCommittee(new CommitteeQuery(COMMITTEE)).get();
    }
  }
}

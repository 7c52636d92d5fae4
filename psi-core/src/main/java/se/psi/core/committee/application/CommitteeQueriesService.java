package se.psi.core.committee.application;

import static se.psi.core.committee.port.in.CommitteePermissions.GET_WORKING_COMMITTEE;
import static se.psi.core.committee.port.in.CommitteePermissions.NEXT_COMMITTEE_MEETINGS;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import se.psi.core.committee.domain.MeetingCadence;
import se.psi.core.committee.port.in.CommitteeQuery;
import se.psi.core.committee.port.in.CommitteeView;
import se.psi.core.committee.port.in.GetWorkingCommitteeUseCase;
import se.psi.core.committee.port.in.NextCommitteeMeetingsQuery;
import se.psi.core.committee.port.in.NextCommitteeMeetingsUseCase;
import se.psi.core.rules.Rejection;
import se.psi.core.application.Today;
import se.psi.core.application.UseCaseBoundary;

/** The public reads of the working committee. */
final class CommitteeQueriesService implements GetWorkingCommitteeUseCase, NextCommitteeMeetingsUseCase {

  private final UseCaseBoundary boundary;
  private final Committees committees;
  private final Today today;

  @Inject
  CommitteeQueriesService(UseCaseBoundary boundary, Committees committees, Today today) {
    this.boundary = boundary;
    this.committees = committees;
    this.today = today;
  }

  @Override
  public Either<Rejection, CommitteeView> getWorkingCommittee(CommitteeQuery query) {
    return boundary.query(query, q -> GET_WORKING_COMMITTEE.check(q.actor()).flatMap(actor -> {
      LocalDate today = this.today.date();
      return this.today.ruleSetOn(today).map(ruleSet -> Committees.view(committees.current(), ruleSet, today));
    }));
  }

  @Override
  public Either<Rejection, List<LocalDate>> nextCommitteeMeetings(NextCommitteeMeetingsQuery query) {
    return boundary.query(query, q -> NEXT_COMMITTEE_MEETINGS.check(q.actor()).flatMap(actor -> {
      LocalDate from = Optional.ofNullable(q.from()).orElseGet(this.today::date);
      return this.today.ruleSetOn(from).map(ruleSet -> MeetingCadence.nextMeetings(q.firstMeeting(), from, q.count(),
          ruleSet.committeeMeetingIntervalWeeks()));
    }));
  }
}

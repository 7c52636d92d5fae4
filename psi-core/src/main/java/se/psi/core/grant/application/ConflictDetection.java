package se.psi.core.grant.application;

import io.vavr.control.Either;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Function;
import java.util.stream.Stream;
import se.psi.core.committee.domain.WorkingCommittee;
import se.psi.core.committee.port.out.WorkingCommittees;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.ConflictOfInterest;
import se.psi.core.grant.domain.HandlingGroupMember;
import se.psi.core.membership.port.out.Partners;
import se.psi.core.application.Today;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Changed;
import se.psi.core.shared.OrganisationNumber;

/**
 * GRA-7 from the partnership's own data, checked whenever the facts it depends on may have changed: a person is
 * disqualified (jäv) who comes from the applicant's or a project partner's organisation, or sits for the applicant or
 * a project partner in the working committee. Handling-group members are known with their organisation; the decider
 * and the participants of a decision only by their seat.
 */
final class ConflictDetection {

  private final Partners partners;
  private final WorkingCommittees committees;
  private final Today today;

  @Inject
  ConflictDetection(Partners partners, WorkingCommittees committees, Today today) {
    this.partners = partners;
    this.committees = committees;
    this.today = today;
  }

  /** The conflicts of {@code members} (with their organisations) and {@code others} (by seat), as the facts now are. */
  List<ConflictOfInterest> detect(GrantApplication application, List<HandlingGroupMember> members,
      List<String> others, LocalDate on) {
    OrganisationNumber applicant = application.applicant().organisationNumber();
    List<OrganisationNumber> projectPartners = application.project().partners().stream()
        .flatMap(p -> p.organisationNumber().stream()).toList();
    Optional<WorkingCommittee> committee = committees.find(this.today.registry().partnership()).toJavaOptional();
    List<String> forApplicant = representatives(committee, Stream.of(applicant));
    List<String> forPartners = representatives(committee, projectPartners.stream());
    List<ConflictOfInterest> conflicts = new ArrayList<>();
    for (HandlingGroupMember member : members) {
      if (member.organisation().equals(applicant)) {
        conflicts.add(new ConflictOfInterest(member.personId(), "grant.gra7.representsApplicant", true, on));
      } else if (projectPartners.contains(member.organisation())) {
        conflicts.add(new ConflictOfInterest(member.personId(), "grant.gra7.representsPartner", true, on));
      } else {
        bySeat(member.personId(), forApplicant, forPartners, on).ifPresent(conflicts::add);
      }
    }
    others.stream().distinct().filter(person -> members.stream().noneMatch(m -> m.personId().equals(person)))
        .forEach(person -> bySeat(person, forApplicant, forPartners, on).ifPresent(conflicts::add));
    return conflicts;
  }

  /**
   * GRA-7: the application with jäv checked again against the facts as they now are, for its handling group and for
   * {@code others} (the decider, those who take part); the first step of a change, which gives the new version.
   */
  Changed<GrantApplication> recheck(GrantApplication application, List<String> others, Today day) {
    return application.withConflictsFound(detect(application, application.handlingGroup(), others, day.date()),
        day.eventMeta());
  }

  /** GRA-7: jäv checked again, then {@code next} on the application as rechecked: one change, with both's events. */
  Either<Rejection, Changed<GrantApplication>> recheckThen(GrantApplication application, List<String> others,
      Today day, Function<GrantApplication, Either<Rejection, Changed<GrantApplication>>> next) {
    Changed<GrantApplication> rechecked = recheck(application, others, day);
    return next.apply(rechecked.aggregate()).map(rechecked::followedBy);
  }

  private static Optional<ConflictOfInterest> bySeat(String person, List<String> forApplicant,
      List<String> forPartners, LocalDate on) {
    if (forApplicant.contains(person)) {
      return Optional.of(new ConflictOfInterest(person, "grant.gra7.seatForApplicant", true, on));
    }
    return forPartners.contains(person)
        ? Optional.of(new ConflictOfInterest(person, "grant.gra7.seatForPartner", true, on)) : Optional.empty();
  }

  /** Who sits in the working committee for the organisations that are partners. */
  private List<String> representatives(Optional<WorkingCommittee> committee, Stream<OrganisationNumber> organisations) {
    return organisations.flatMap(number -> partners.findCurrent(number).toJavaOptional().stream())
        .flatMap(partner -> committee.flatMap(c -> c.seatOf(partner.id())).stream())
        .flatMap(seat -> seat.representative().stream()).toList();
  }
}

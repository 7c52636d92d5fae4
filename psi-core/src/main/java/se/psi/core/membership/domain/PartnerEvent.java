package se.psi.core.membership.domain;

import java.time.LocalDate;
import java.util.Optional;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.PartnerId;
import se.psi.core.shared.Sector;

/** What happens to a partner. */
public sealed interface PartnerEvent extends DomainEvent {

  PartnerId partnerId();

  @Override
  default String aggregateType() {
    return "Partner";
  }

  @Override
  default String aggregateId() {
    return partnerId().toString();
  }

  /** The committee admitted the organisation (MEM-3). */
  record PartnerAdmitted(EventMeta meta, PartnerId partnerId, MembershipApplicationId applicationId,
      OrganisationNumber organisationNumber, OrganisationKind kind, Sector sector, LocalDate admittedOn,
      Optional<LocalDate> agreementEndsOn, String rulesetVersion) implements PartnerEvent {}

  /** The partner left, effective at once (MEM-7). */
  record PartnerWithdrew(EventMeta meta, PartnerId partnerId, Sector sector, LocalDate effectiveOn)
      implements PartnerEvent {}

  /**
   * MEM-8: the agreement ran out without being renewed, and the partner is no longer a party.
   *
   * @param agreementEndedOn the agreement's last day
   * @param recordedOn the day the end was recorded, on or after the day after {@code agreementEndedOn}
   */
  record PartnerAgreementEnded(EventMeta meta, PartnerId partnerId, Sector sector, LocalDate agreementEndedOn,
      LocalDate recordedOn) implements PartnerEvent {}

  /** The agreement was renewed; {@code endsOn} empty means it runs until further notice (MEM-8). */
  record PartnerAgreementRenewed(EventMeta meta, PartnerId partnerId, Optional<LocalDate> endsOn)
      implements PartnerEvent {}

  /** The partner's engagement level was recorded (MEM-9). */
  record PartnerEngagementRecorded(EventMeta meta, PartnerId partnerId, EngagementLevel level)
      implements PartnerEvent {}
}

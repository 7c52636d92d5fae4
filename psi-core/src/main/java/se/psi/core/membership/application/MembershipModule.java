package se.psi.core.membership.application;

import com.google.inject.AbstractModule;
import se.psi.core.contact.port.out.PartnerActivity;
import se.psi.core.membership.port.in.ApplyForMembershipUseCase;
import se.psi.core.membership.port.in.CompleteMembershipApplicationUseCase;
import se.psi.core.membership.port.in.DecideMembershipUseCase;
import se.psi.core.membership.port.in.EndExpiredAgreementsUseCase;
import se.psi.core.membership.port.in.FindMembershipApplicationsUseCase;
import se.psi.core.membership.port.in.FindPartnersUseCase;
import se.psi.core.membership.port.in.GetMembershipApplicationUseCase;
import se.psi.core.membership.port.in.GetPartnerUseCase;
import se.psi.core.membership.port.in.RecordEngagementUseCase;
import se.psi.core.membership.port.in.RenewAgreementUseCase;
import se.psi.core.membership.port.in.WithdrawFromPartnershipUseCase;

/**
 * Wires the membership use cases (MEM-1..9), and answers the contact feature's {@code PartnerActivity} from the
 * partners. Needs bindings for MembershipApplications, Partners, PartnerContacts.
 */
public final class MembershipModule extends AbstractModule {

  @Override
  protected void configure() {
    bind(ApplyForMembershipUseCase.class).to(ApplyForMembershipService.class);
    bind(CompleteMembershipApplicationUseCase.class).to(CompleteMembershipApplicationService.class);
    bind(DecideMembershipUseCase.class).to(DecideMembershipService.class);
    bind(GetMembershipApplicationUseCase.class).to(GetMembershipApplicationService.class);
    bind(FindMembershipApplicationsUseCase.class).to(FindMembershipApplicationsService.class);
    bind(WithdrawFromPartnershipUseCase.class).to(WithdrawFromPartnershipService.class);
    bind(RecordEngagementUseCase.class).to(RecordEngagementService.class);
    bind(RenewAgreementUseCase.class).to(RenewAgreementService.class);
    bind(EndExpiredAgreementsUseCase.class).to(EndExpiredAgreementsService.class);
    bind(PartnerActivity.class).to(PartnersActivity.class);
    bind(FindPartnersUseCase.class).to(PartnerQueriesService.class);
    bind(GetPartnerUseCase.class).to(PartnerQueriesService.class);
  }
}

package se.psi.core.membership.application;

import java.util.List;
import se.psi.core.application.Kernel;
import se.psi.core.application.UseCaseRegistry;
import se.psi.core.contact.port.out.PartnerActivity;
import se.psi.core.contact.port.out.PartnerContacts;
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
import se.psi.core.membership.port.in.ReplayMembershipDecisionUseCase;
import se.psi.core.membership.port.in.WhatIfMembershipDecisionsUseCase;
import se.psi.core.membership.port.in.WithdrawFromPartnershipUseCase;
import se.psi.core.membership.port.out.MembershipApplications;
import se.psi.core.membership.port.out.Partners;

/**
 * Builds the membership use cases (MEM-1..9) over the kernel and the membership applications, partners and partner
 * contacts, and answers the contact feature's {@link PartnerActivity} from the partners.
 */
public final class MembershipWiring {

  /** The use cases {@link #register} adds: a Guice host binds these before the core is built. */
  public static final List<Class<?>> USE_CASES = List.of(ApplyForMembershipUseCase.class,
      CompleteMembershipApplicationUseCase.class, DecideMembershipUseCase.class,
      GetMembershipApplicationUseCase.class, FindMembershipApplicationsUseCase.class,
      WithdrawFromPartnershipUseCase.class, RecordEngagementUseCase.class, RenewAgreementUseCase.class,
      EndExpiredAgreementsUseCase.class, ReplayMembershipDecisionUseCase.class,
      WhatIfMembershipDecisionsUseCase.class, FindPartnersUseCase.class, GetPartnerUseCase.class);

  private MembershipWiring() {}

  public static void register(UseCaseRegistry useCases, Kernel kernel, MembershipApplications applications,
      Partners partners, PartnerContacts contacts) {
    var boundary = kernel.boundary();
    var today = kernel.today();
    var partnerChanges = new PartnerChanges(kernel.changes(), partners);
    var queries = new PartnerQueriesService(boundary, partners, today);
    useCases
        .add(ApplyForMembershipUseCase.class, new ApplyForMembershipService(boundary, applications, partners,
            today, kernel.ids(), kernel.clock()))
        .add(CompleteMembershipApplicationUseCase.class, new CompleteMembershipApplicationService(boundary,
            applications, kernel.ids(), kernel.clock()))
        .add(DecideMembershipUseCase.class, new DecideMembershipService(boundary, applications, partners, contacts,
            today, kernel.ids(), kernel.clock()))
        .add(GetMembershipApplicationUseCase.class, new GetMembershipApplicationService(boundary, applications))
        .add(FindMembershipApplicationsUseCase.class, new FindMembershipApplicationsService(boundary,
            applications))
        .add(WithdrawFromPartnershipUseCase.class, new WithdrawFromPartnershipService(partnerChanges, contacts))
        .add(RecordEngagementUseCase.class, new RecordEngagementService(partnerChanges))
        .add(RenewAgreementUseCase.class, new RenewAgreementService(partnerChanges, today))
        .add(EndExpiredAgreementsUseCase.class, new EndExpiredAgreementsService(kernel.changes(), partners,
            contacts))
        .add(ReplayMembershipDecisionUseCase.class, new ReplayMembershipDecisionService(boundary, applications))
        .add(WhatIfMembershipDecisionsUseCase.class, new WhatIfMembershipDecisionsService(boundary, applications,
            today))
        .add(FindPartnersUseCase.class, queries)
        .add(GetPartnerUseCase.class, queries);
  }

  /** Whether a partner is active, as the contact feature asks it (MEM-7, MEM-8). */
  public static PartnerActivity partnerActivity(Partners partners) {
    return new PartnersActivity(partners);
  }
}

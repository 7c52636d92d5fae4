package se.psi.adapters.web.resource;

import java.util.List;
import java.util.Set;
import se.psi.adapters.web.WebLimits;
import se.psi.core.PsiCore;

/** Every resource of the API; the OpenAPI document is read from exactly these. */
public final class ApiResources {

  /** The resource classes, for tools that read their annotations (the OpenAPI document). */
  public static final Set<Class<?>> CLASSES = Set.of(MembershipApplicationsResource.class, PartnersResource.class,
      RuleSetsResource.class, RulesResource.class, WorkingCommitteeResource.class, ContactsResource.class,
      UnreachablePartnersResource.class, GrantApplicationsResource.class, GrantWorklistsResource.class,
      GrantSchemesResource.class,
      DelegationsResource.class, GrantedProjectsResource.class, MeetingsResource.class,
      OperationalPlansResource.class, ActivityListsResource.class, DocumentationResource.class, IdeasResource.class,
      AdvisoryCasesResource.class, CallsResource.class, ProjectsResource.class,
      PersonalDataResource.class, PresentationsResource.class, FormsResource.class,
      GrantFollowUpsResource.class);

  private ApiResources() {}

  /** The resources, each answering through {@code call}, which the host must register with them. */
  public static List<Object> all(PsiCore core, WebLimits limits, Call call) {
    return List.of(
        new MembershipApplicationsResource(core, limits, call),
        new PartnersResource(core, limits, call),
        new RuleSetsResource(core, call),
        new RulesResource(core, call),
        new WorkingCommitteeResource(core, call),
        new ContactsResource(core, call),
        new UnreachablePartnersResource(core, call),
        new GrantApplicationsResource(core, call),
        new GrantWorklistsResource(core, limits, call),
        new GrantSchemesResource(core, call),
        new DelegationsResource(core, call),
        new GrantedProjectsResource(core, call),
        new MeetingsResource(core, call),
        new OperationalPlansResource(core, call),
        new ActivityListsResource(core, call),
        new DocumentationResource(core, call),
        new IdeasResource(core, call),
        new AdvisoryCasesResource(core, call),
        new CallsResource(core, call),
        new ProjectsResource(core, call),
        new PersonalDataResource(core, call),
        new PresentationsResource(core, call),
        new FormsResource(call),
        new GrantFollowUpsResource(core, call));
  }
}

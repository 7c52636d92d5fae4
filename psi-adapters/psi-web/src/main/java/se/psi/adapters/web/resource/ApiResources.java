package se.psi.adapters.web.resource;

import java.util.List;
import java.util.Set;
import se.psi.adapters.web.WebLimits;
import se.psi.core.PsiCore;

/** Every resource of the API; the OpenAPI document is read from exactly these. */
public final class ApiResources {

  /** The resource classes, for tools that read their annotations (the OpenAPI document). */
  public static final Set<Class<?>> CLASSES = Set.of(MembershipApplicationsResource.class, PartnersResource.class,
      RuleSetsResource.class, WorkingCommitteeResource.class, ContactsResource.class,
      UnreachablePartnersResource.class, GrantApplicationsResource.class, GrantSchemesResource.class,
      DelegationsResource.class, GrantedProjectsResource.class, MeetingsResource.class,
      OperationalPlansResource.class, ActivityListsResource.class, DocumentationResource.class, IdeasResource.class,
      AdvisoryCasesResource.class, CallsResource.class, ProjectsResource.class,
      PersonalDataResource.class, PresentationsResource.class, FormsResource.class);

  private ApiResources() {}

  /** The resources, each answering through {@code call}, which the host must register with them. */
  public static List<Object> all(PsiCore core, WebLimits limits, Call call) {
    return List.of(
        new MembershipApplicationsResource(core, limits),
        new PartnersResource(core, limits, call),
        new RuleSetsResource(core),
        new WorkingCommitteeResource(core),
        new ContactsResource(core),
        new UnreachablePartnersResource(core),
        new GrantApplicationsResource(core),
        new GrantSchemesResource(core),
        new DelegationsResource(core),
        new GrantedProjectsResource(core),
        new MeetingsResource(core),
        new OperationalPlansResource(core),
        new ActivityListsResource(core),
        new DocumentationResource(core),
        new IdeasResource(core),
        new AdvisoryCasesResource(core),
        new CallsResource(core),
        new ProjectsResource(core),
        new PersonalDataResource(core),
        new PresentationsResource(core),
        new FormsResource());
  }
}

package se.psi.adapters.web.json;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import se.psi.adapters.web.Texts;
import se.psi.core.advisory.domain.AdvisoryCase.OutcomeKind;
import se.psi.core.advisory.domain.AdvisoryCase;
import se.psi.core.advisory.port.in.IncomingReferralDetails;
import se.psi.core.advisory.port.in.ReferralDetails;
import se.psi.core.documentation.domain.DocumentationTemplate;
import se.psi.core.documentation.domain.FieldType;
import se.psi.core.documentation.domain.InnovationOrigin;
import se.psi.core.documentation.domain.InnovationRecord;
import se.psi.core.documentation.port.in.PublishTemplateCommand.Field;
import se.psi.core.idea.domain.Idea;
import se.psi.core.idea.domain.IdeaChannel;
import se.psi.core.idea.domain.IdeaId;
import se.psi.core.idea.domain.IdeaSource;
import se.psi.core.idea.domain.LedTo;
import se.psi.core.idea.domain.Triage;
import se.psi.core.idea.domain.TriageOutcome;
import se.psi.core.idea.port.in.ContactDetails;
import se.psi.core.idea.port.in.IdeaStatus;
import se.psi.core.shared.Municipality;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.PriorityArea;
import se.psi.core.shared.Referral;

/** Documentation of social innovations (DOC), ideas (IDE) and advisory cases (ADV): requests and answers. */
public final class CaseJson {

  private CaseJson() {}

  /** A template for documenting innovations, published as a new version (DOC-1). */
  public record TemplateRequest(String name, List<Field> fields) {}

  /** A social innovation documented against a template version (DOC-1, DOC-2). */
  public record InnovationRequest(String templateName, Integer templateVersion, String challenge, String innovation,
      InnovationOrigin origin, List<String> actors, Set<PriorityArea> priorityAreas, String results,
      Map<String, String> answers) {}

  public record TemplateFieldJson(String key, String label, FieldType type, boolean required, Integer maxLength,
      List<String> choices) {}

  public record TemplateView(String name, int version, List<TemplateFieldJson> fields, LocalDate publishedOn) {
    public static TemplateView of(DocumentationTemplate template) {
      return new TemplateView(template.name(), template.templateVersion(), template.fields().stream()
          .map(f -> new TemplateFieldJson(f.key(), f.label(), f.type(), f.required(), f.maxLength().orElse(null),
              f.choices())).toList(), template.publishedOn());
    }
  }

  public record InnovationView(UUID id, String templateName, int templateVersion, String challenge,
      String innovation, InnovationOrigin origin, List<String> actors, Set<PriorityArea> priorityAreas,
      String results, Map<String, String> answers, LocalDate recordedOn, long version) {
    public static InnovationView of(InnovationRecord record) {
      return new InnovationView(record.id().value(), record.templateName(), record.templateVersion(),
          record.challenge(), record.innovation(), record.origin(), record.actors(), record.priorityAreas(),
          record.results(), record.answers(), record.recordedOn(), record.version());
    }
  }

  /** Anyone submits an idea (IDE-1); a contact is optional and erased on request. */
  public record IdeaRequest(IdeaSource source, String organisation, ContactDetails contact, String challenge,
      String description, Municipality municipality, IdeaChannel channel, Municipality channelledBy) {}

  /** The committee or the advisory team decides where an idea goes (IDE-2). */
  public record TriageRequest(TriageOutcome outcome, String note) {}

  /**
   * IDE-2: where the idea went, and what it led to once created ({@code ledTo}: the advisory case, the project-bank
   * entry or the public dialogue, by id).
   */
  public record TriageJson(TriageOutcome outcome, String note, LocalDate on, UUID ledTo) {
    static TriageJson of(Triage triage) {
      return new TriageJson(triage.outcome(), triage.note(), triage.on(),
          triage.ledTo().map(LedTo::value).orElse(null));
    }
  }

  /** What the submitter sees by the receipt: when it came in, where it went and what it led to. */
  public record IdeaStatusView(String receipt, LocalDate submittedOn, TriageJson triage) {
    public static IdeaStatusView of(IdeaStatus status) {
      return new IdeaStatusView(status.receipt(), status.submittedOn(), status.triage().map(TriageJson::of)
          .orElse(null));
    }
  }

  /** An idea as those who triage it see it, contact included while it is kept. */
  public record IdeaView(UUID id, String receipt, IdeaSource source, String organisation, String contactName,
      String contactEmail, String challenge, String description, Municipality municipality, IdeaChannel channel,
      Municipality channelledBy, LocalDate submittedOn, TriageJson triage, long version) {
    public static IdeaView of(Idea idea) {
      return new IdeaView(idea.id().value(), idea.receipt(), idea.source(), idea.organisation().orElse(null),
          idea.contact().map(c -> c.name()).orElse(null), idea.contact().map(c -> c.email()).orElse(null),
          idea.challenge(), idea.description(), idea.place().municipality().orElse(null), idea.channel(),
          idea.channelledBy().orElse(null), idea.submittedOn(), idea.triage().map(TriageJson::of).orElse(null),
          idea.version());
    }
  }

  /** The advisory team opens a case (ADV-1), from an idea or a referral or directly. */
  public record AdvisoryCaseRequest(String organisationName, String organisationNumber,
      OrganisationKind organisationKind, String idea, String challenge, UUID fromIdea,
      IncomingReferralDetails referredFrom, List<String> advisers) {}

  /** What came of the advice (ADV-2): advice, a referral, a recommended grant, the project bank. */
  public record OutcomeRequest(OutcomeKind kind, String note, ReferralDetails referral, boolean close) {}

  /** ADV-2, ADV-3: what came of the advice; {@code created} is the project-bank entry it led to, if any. */
  public record OutcomeJson(OutcomeKind kind, String note, String referredTo, Referral.Kind referralKind, String by,
      LocalDate on, UUID created) {}

  public record AdvisoryCaseView(UUID id, String organisationName, String organisationNumber,
      OrganisationKind organisationKind, String idea, String challenge, UUID fromIdea, String referredFrom,
      List<String> advisers, List<OutcomeJson> outcomes, boolean closed, LocalDate openedOn,
      ExplanationJson eligibility, long version) {
    public static AdvisoryCaseView of(AdvisoryCase advisory, Texts texts) {
      return new AdvisoryCaseView(advisory.id().value(), advisory.organisationName(),
          advisory.organisationNumber().map(Object::toString).orElse(null), advisory.organisationKind(),
          advisory.idea(), advisory.challenge(), advisory.fromIdea().map(IdeaId::value).orElse(null),
          advisory.referredFrom().map(r -> r.from()).orElse(null), advisory.advisers(),
          advisory.outcomes().stream().map(o -> new OutcomeJson(o.kind(), o.note(),
              o.referral().map(Referral::to).orElse(null), o.referral().map(Referral::kind).orElse(null), o.by(),
              o.on(), o.created().map(LedTo::value).orElse(null))).toList(), advisory.closed(), advisory.openedOn(),
          ExplanationJson.of(advisory.eligibility(), texts), advisory.version());
    }
  }
}

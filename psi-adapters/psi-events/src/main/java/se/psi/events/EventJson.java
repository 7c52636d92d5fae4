package se.psi.events;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import se.psi.core.advisory.domain.AdvisoryCaseId;
import se.psi.core.contact.domain.ContactPersonId;
import se.psi.core.documentation.domain.InnovationRecordId;
import se.psi.core.grant.domain.DelegationId;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.idea.domain.IdeaId;
import se.psi.core.idea.domain.LedTo;
import se.psi.core.meeting.domain.MeetingId;
import se.psi.core.meeting.domain.PresentationObligationId;
import se.psi.core.membership.domain.MembershipApplicationId;
import se.psi.core.plan.domain.OperationalPlanId;
import se.psi.core.plan.domain.PlannedActivityId;
import se.psi.core.project.domain.FundingCallId;
import se.psi.core.project.domain.ProjectIdeaId;
import se.psi.core.project.domain.ProjectId;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.PartnerId;

/**
 * The serializer of the published format: a {@link DomainEvent} into its {@link EventEnvelope}'s JSON, and that JSON
 * back into an envelope. Every adapter that stores or publishes events writes them here, so they all publish the
 * same bytes.
 */
public final class EventJson {

  /**
   * Value types written as their string form; the published event schemas declare them as strings, the typed ids as
   * UUIDs.
   */
  public static final List<Class<?>> WRITTEN_AS_STRINGS = List.of(PartnerId.class, MembershipApplicationId.class,
      ContactPersonId.class, OrganisationNumber.class, MeetingId.class, PresentationObligationId.class,
      OperationalPlanId.class, PlannedActivityId.class, InnovationRecordId.class,
      GrantApplicationId.class, DelegationId.class, IdeaId.class, LedTo.class, ProjectId.class, FundingCallId.class,
      AdvisoryCaseId.class, ProjectIdeaId.class);

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new Jdk8Module())
      .registerModule(new JavaTimeModule())
      .registerModule(asStrings(new SimpleModule("psi-event-ids")))
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private EventJson() {}

  private static SimpleModule asStrings(SimpleModule module) {
    WRITTEN_AS_STRINGS.forEach(type -> module.addSerializer(type, ToStringSerializer.instance));
    return module;
  }

  /** The event as published: its envelope's JSON. */
  public static String write(DomainEvent event) {
    return write(EventEnvelope.of(event));
  }

  /** The event's ids and facts, without the metadata the envelope carries. */
  static ObjectNode payload(DomainEvent event) {
    ObjectNode payload = MAPPER.valueToTree(event);
    payload.remove("meta");
    return payload;
  }

  static String write(EventEnvelope envelope) {
    ObjectNode json = MAPPER.createObjectNode()
        .put("eventId", envelope.eventId().toString())
        .put("type", envelope.type())
        .put("schemaVersion", envelope.schemaVersion())
        .put("aggregateType", envelope.aggregateType())
        .put("aggregateId", envelope.aggregateId())
        .put("occurredAt", envelope.occurredAt().toString());
    envelope.rulesetVersion().ifPresent(version -> json.put("rulesetVersion", version));
    json.set("payload", envelope.payload());
    return json.toString();
  }

  static EventEnvelope read(String json) {
    try {
      JsonNode node = MAPPER.readTree(json);
      if (node == null || !node.isObject()) {
        throw new IllegalArgumentException("not a published event envelope: not a JSON object");
      }
      return new EventEnvelope(UUID.fromString(required(node, "eventId").asText()), required(node, "type").asText(),
          required(node, "schemaVersion").asInt(), required(node, "aggregateType").asText(),
          required(node, "aggregateId").asText(), Instant.parse(required(node, "occurredAt").asText()),
          Optional.ofNullable(node.get("rulesetVersion")).filter(v -> !v.isNull()).map(JsonNode::asText),
          required(node, "payload"));
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("not a published event envelope: invalid JSON", e);
    }
  }

  private static JsonNode required(JsonNode envelope, String field) {
    JsonNode value = envelope.get(field);
    if (value == null || value.isNull()) {
      throw new IllegalArgumentException("not a published event envelope: no " + field);
    }
    return value;
  }
}

package se.psi.adapters.storage.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import com.fasterxml.jackson.databind.module.SimpleModule;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.databind.ser.std.ToStringSerializer;
import com.fasterxml.jackson.datatype.jdk8.Jdk8Module;
import com.fasterxml.jackson.datatype.jsr310.JavaTimeModule;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.psi.core.contact.domain.ContactPersonId;
import se.psi.core.grant.domain.DelegationId;
import se.psi.core.grant.domain.GrantApplicationId;
import se.psi.core.idea.domain.IdeaValues;
import se.psi.core.meeting.domain.MeetingId;
import se.psi.core.membership.domain.MembershipApplicationId;
import se.psi.core.plan.domain.OperationalPlanId;
import se.psi.core.project.domain.FundingCallId;
import se.psi.core.project.domain.ProjectId;
import se.psi.core.rules.Evaluation;
import se.psi.core.rules.Verdict;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.PartnerId;

/** JSON for what is stored as a document: explanations' evaluations, and events in the outbox. */
final class Json {

  /** Value types written as their string form; the published event schemas declare them as strings. */
  static final List<Class<?>> WRITTEN_AS_STRINGS = List.of(PartnerId.class, MembershipApplicationId.class,
      ContactPersonId.class, OrganisationNumber.class, MeetingId.class, OperationalPlanId.class,
      GrantApplicationId.class, DelegationId.class, IdeaValues.IdeaId.class, ProjectId.class,
      FundingCallId.class);

  private static final ObjectMapper MAPPER = new ObjectMapper()
      .registerModule(new Jdk8Module())
      .registerModule(new JavaTimeModule())
      .registerModule(asStrings(new SimpleModule("psi-ids")))
      .disable(SerializationFeature.WRITE_DATES_AS_TIMESTAMPS);

  private Json() {}

  private static SimpleModule asStrings(SimpleModule module) {
    WRITTEN_AS_STRINGS.forEach(type -> module.addSerializer(type, ToStringSerializer.instance));
    return module;
  }

  /** The version of the envelope below; raised when a field changes meaning or disappears. */
  static final int SCHEMA_VERSION = 1;

  /**
   * The event as published, a versioned envelope: event id, type, schema version, aggregate type and id, when it
   * occurred, the ruleset version when the event has one, and the payload (the event's ids and facts; ids as
   * strings, dates and instants in ISO-8601). Brokers publish it as it is.
   */
  static String event(DomainEvent event) {
    ObjectNode payload = MAPPER.valueToTree(event);
    payload.remove("meta");
    ObjectNode envelope = MAPPER.createObjectNode()
        .put("eventId", event.eventId().toString())
        .put("type", event.type())
        .put("schemaVersion", SCHEMA_VERSION)
        .put("aggregateType", event.aggregateType())
        .put("aggregateId", event.aggregateId())
        .put("occurredAt", event.occurredAt().toString());
    if (payload.hasNonNull("rulesetVersion")) {
      envelope.put("rulesetVersion", payload.get("rulesetVersion").asText());
    }
    envelope.set("payload", payload);
    return envelope.toString();
  }

  static String evaluations(List<Evaluation> evaluations) {
    ArrayNode array = MAPPER.createArrayNode();
    for (Evaluation evaluation : evaluations) {
      ObjectNode node = array.addObject().put("ruleId", evaluation.ruleId())
          .put("verdict", evaluation.verdict().name()).put("messageKey", evaluation.messageKey())
          .put("field", evaluation.field());
      ArrayNode args = node.putArray("args");
      evaluation.args().forEach(arg -> writeArg(args.addObject(), arg));
    }
    return array.toString();
  }

  static List<Evaluation> evaluations(String json) {
    try {
      List<Evaluation> evaluations = new ArrayList<>();
      for (JsonNode node : MAPPER.readTree(json)) {
        List<Object> args = new ArrayList<>();
        node.get("args").forEach(arg -> args.add(readArg(arg)));
        evaluations.add(new Evaluation(node.get("ruleId").asText(), Verdict.valueOf(node.get("verdict").asText()),
            node.get("messageKey").asText(), args, node.get("field").asText()));
      }
      return evaluations;
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored evaluations are not valid JSON", e);
    }
  }

  /** Arguments keep their type, so that an explanation read back equals the one written. */
  private static void writeArg(ObjectNode node, Object arg) {
    if (arg instanceof Integer number) {
      node.put("int", number);
    } else if (arg instanceof Long number) {
      node.put("long", number);
    } else if (arg instanceof Boolean flag) {
      node.put("boolean", flag);
    } else if (arg instanceof LocalDate date) {
      node.put("date", date.toString());
    } else if (arg instanceof Enum<?> constant) {
      node.put("enum", constant.getDeclaringClass().getName()).put("name", constant.name());
    } else {
      node.put("string", String.valueOf(arg));
    }
  }

  @SuppressWarnings({"unchecked", "rawtypes"})
  private static Object readArg(JsonNode node) {
    if (node.has("int")) {
      return node.get("int").asInt();
    }
    if (node.has("long")) {
      return node.get("long").asLong();
    }
    if (node.has("boolean")) {
      return node.get("boolean").asBoolean();
    }
    if (node.has("date")) {
      return LocalDate.parse(node.get("date").asText());
    }
    if (node.has("enum")) {
      String type = node.get("enum").asText();
      if (!type.startsWith("se.psi.")) {
        throw new IllegalStateException("stored argument of unexpected type " + type);
      }
      try {
        return Enum.valueOf((Class) Class.forName(type), node.get("name").asText());
      } catch (ClassNotFoundException e) {
        throw new IllegalStateException("stored argument of unknown type " + type, e);
      }
    }
    return node.get("string").asText();
  }
}

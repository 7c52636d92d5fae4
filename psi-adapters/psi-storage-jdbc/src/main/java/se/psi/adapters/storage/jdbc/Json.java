package se.psi.adapters.storage.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.psi.core.rules.Evaluation;
import se.psi.core.rules.Verdict;

/**
 * Explanations' evaluations as stored: one JSON array per decision. Events are written in the published format of
 * psi-events, not here.
 */
final class Json {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  private Json() {}

  /** The evaluations of a decision's explanation, as a kind of stored document with a golden file of its own. */
  static final DocumentKind<List<Evaluation>> EVALUATIONS = new DocumentKind<>("evaluations", Json::evaluations,
      Json::evaluations);

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

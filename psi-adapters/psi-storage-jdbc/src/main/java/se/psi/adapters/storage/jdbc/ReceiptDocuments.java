package se.psi.adapters.storage.jdbc;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.time.LocalDate;
import java.util.Iterator;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import se.psi.core.rules.DecisionReceipt;
import se.psi.core.rules.RuleSetSnapshot;

/**
 * A decision's receipt as stored: one JSON document per decision, its fields named here once so that the domain
 * record can change without old rows ceasing to read ({@code membership_decision.receipt} has a golden file). The
 * evaluations are written as the {@code evaluations} column writes them.
 */
final class ReceiptDocuments {

  private static final ObjectMapper MAPPER = new ObjectMapper();

  static final DocumentKind<DecisionReceipt> RECEIPT = new DocumentKind<>("membership_decision.receipt",
      ReceiptDocuments::write, ReceiptDocuments::read);

  private ReceiptDocuments() {}

  static String write(DecisionReceipt receipt) {
    ObjectNode node = MAPPER.createObjectNode();
    node.put("decision", receipt.decision()).put("decidedOn", receipt.decidedOn().toString());
    texts(node.putObject("facts"), receipt.facts());
    ObjectNode ruleSet = node.putObject("ruleSet");
    ruleSet.put("version", receipt.ruleSet().version()).put("hash", receipt.ruleSet().hash());
    texts(ruleSet.putObject("parameters"), receipt.ruleSet().parameters());
    ObjectNode ruleParameters = node.putObject("ruleParameters");
    receipt.ruleParameters().forEach((rule, parameters) -> texts(ruleParameters.putObject(rule), parameters));
    node.put("libraryVersion", receipt.libraryVersion()).put("outcome", receipt.outcome());
    node.set("evaluations", tree(Json.evaluations(receipt.evaluations())));
    node.put("hash", receipt.hash());
    return node.toString();
  }

  static DecisionReceipt read(String json) {
    JsonNode node = tree(json);
    JsonNode ruleSet = node.get("ruleSet");
    SortedMap<String, SortedMap<String, String>> ruleParameters = new TreeMap<>();
    node.get("ruleParameters").fields().forEachRemaining(rule -> ruleParameters.put(rule.getKey(),
        texts(rule.getValue())));
    return new DecisionReceipt(node.get("decision").asText(), LocalDate.parse(node.get("decidedOn").asText()),
        texts(node.get("facts")), new RuleSetSnapshot(ruleSet.get("version").asText(), ruleSet.get("hash").asText(),
            texts(ruleSet.get("parameters"))), ruleParameters, node.get("libraryVersion").asText(),
        node.get("outcome").asText(), Json.evaluations(node.get("evaluations").toString()),
        node.get("hash").asText());
  }

  private static void texts(ObjectNode node, Map<String, String> texts) {
    texts.forEach(node::put);
  }

  private static SortedMap<String, String> texts(JsonNode node) {
    SortedMap<String, String> texts = new TreeMap<>();
    for (Iterator<Map.Entry<String, JsonNode>> fields = node.fields(); fields.hasNext(); ) {
      Map.Entry<String, JsonNode> field = fields.next();
      texts.put(field.getKey(), field.getValue().asText());
    }
    return texts;
  }

  private static JsonNode tree(String json) {
    try {
      return MAPPER.readTree(json);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("a stored receipt is not valid JSON", e);
    }
  }
}

package se.psi.core.rules;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;

/**
 * What anyone needs to verify a decision: the facts its rules read (a snapshot), the ruleset as it stood (every
 * parameter and their hash), the parameters each rule read, the version of the library that evaluated it, its
 * verdicts and outcome. {@link #hash} is SHA-256 over the canonical JSON of all of it ({@link #canonicalJson()});
 * nothing in it is a timestamp, so the same decision on the same facts always has the same hash.
 *
 * @param decision the kind of decision, e.g. {@code membership}; says how the facts read back
 * @param decidedOn the decision date, whose ruleset was applied
 * @param facts what the rules read, as text by name
 * @param ruleSet the ruleset in force on the decision date, as it stood
 * @param ruleParameters for each rule id, the ruleset parameters it declares it reads, with their values
 * @param libraryVersion the version of psi-core that evaluated the rules
 * @param outcome the decision's outcome as decided, e.g. {@code INCOMPLETE}
 * @param evaluations every verdict, in order
 * @param hash SHA-256 of {@link #canonicalJson()}
 */
public record DecisionReceipt(String decision, LocalDate decidedOn, SortedMap<String, String> facts,
    RuleSetSnapshot ruleSet, SortedMap<String, SortedMap<String, String>> ruleParameters, String libraryVersion,
    String outcome, List<Evaluation> evaluations, String hash) {

  public DecisionReceipt {
    Objects.requireNonNull(decision, "decision");
    Objects.requireNonNull(decidedOn, "decidedOn");
    facts = Collections.unmodifiableSortedMap(new TreeMap<>(facts));
    Objects.requireNonNull(ruleSet, "ruleSet");
    ruleParameters = Collections.unmodifiableSortedMap(new TreeMap<>(ruleParameters));
    Objects.requireNonNull(libraryVersion, "libraryVersion");
    Objects.requireNonNull(outcome, "outcome");
    evaluations = List.copyOf(evaluations);
    Objects.requireNonNull(hash, "hash");
  }

  /** A receipt with its hash computed. */
  public static DecisionReceipt of(String decision, LocalDate decidedOn, SortedMap<String, String> facts,
      RuleSetSnapshot ruleSet, SortedMap<String, SortedMap<String, String>> ruleParameters, String libraryVersion,
      String outcome, List<Evaluation> evaluations) {
    DecisionReceipt unhashed = new DecisionReceipt(decision, decidedOn, facts, ruleSet, ruleParameters,
        libraryVersion, outcome, evaluations, "");
    return new DecisionReceipt(decision, decidedOn, facts, ruleSet, ruleParameters, libraryVersion, outcome,
        evaluations, ContentHash.sha256(unhashed.canonicalJson()));
  }

  /** The explanation the receipt records. */
  public Explanation explanation() {
    return new Explanation(ruleSet.version(), decidedOn, evaluations);
  }

  /** Whether both hashes still match what the receipt holds: nothing in it was changed after the decision. */
  public boolean intact() {
    return ruleSet.intact() && hash.equals(ContentHash.sha256(canonicalJson()));
  }

  /**
   * The hashed content as canonical JSON (see {@link ContentHash}): every field but {@code hash}; the ruleset by its
   * version, hash and parameters; each evaluation as {@code ruleId}, {@code verdict}, {@code messageKey},
   * {@code field} and {@code args}, every argument as its text.
   */
  public String canonicalJson() {
    SortedMap<String, Object> content = new TreeMap<>();
    content.put("decision", decision);
    content.put("decidedOn", decidedOn.toString());
    content.put("facts", facts);
    SortedMap<String, Object> rules = new TreeMap<>();
    rules.put("version", ruleSet.version());
    rules.put("hash", ruleSet.hash());
    rules.put("parameters", ruleSet.parameters());
    content.put("ruleSet", rules);
    content.put("ruleParameters", ruleParameters);
    content.put("libraryVersion", libraryVersion);
    content.put("outcome", outcome);
    List<Object> verdicts = new ArrayList<>(evaluations.size());
    for (Evaluation evaluation : evaluations) {
      SortedMap<String, Object> verdict = new TreeMap<>();
      verdict.put("ruleId", evaluation.ruleId());
      verdict.put("verdict", evaluation.verdict().name());
      verdict.put("messageKey", evaluation.messageKey());
      verdict.put("field", evaluation.field());
      verdict.put("args", evaluation.args().stream().map(DecisionReceipt::text).toList());
      verdicts.add(verdict);
    }
    content.put("evaluations", verdicts);
    return ContentHash.canonicalJson(content);
  }

  private static String text(Object arg) {
    return arg instanceof Enum<?> constant ? constant.name() : String.valueOf(arg);
  }
}

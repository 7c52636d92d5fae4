package se.psi.core.rules;

import io.vavr.control.Either;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import se.psi.core.shared.Violation;

/**
 * A ruleset as a decision's receipt keeps it: every parameter written as text ({@link RuleSetParameters}), and the
 * SHA-256 of their canonical JSON ({@link ContentHash}). A copy, not a pointer: a ruleset corrected in the registry
 * later leaves the receipts of earlier decisions as they were, and their hash shows which content was used.
 *
 * @param version the ruleset's version, as the decision's explanation names it
 * @param hash SHA-256 of the canonical JSON of {@code parameters}
 * @param parameters every parameter by name; an empty optional parameter is absent
 */
public record RuleSetSnapshot(String version, String hash, SortedMap<String, String> parameters) {

  /** The rule id under which a proposed parameter that does not read is reported. */
  public static final String PARAMETER_CHECK = "RULESET-PARAMETER";

  /** What a what-if may change: the parameters, not the ruleset's identity (partnership, version, period). */
  private static final java.util.Set<String> CHANGEABLE = java.util.Arrays.stream(RuleSetParameter.values())
      .map(RuleSetParameter::field).collect(java.util.stream.Collectors.toUnmodifiableSet());

  public RuleSetSnapshot {
    Objects.requireNonNull(version, "version");
    Objects.requireNonNull(hash, "hash");
    parameters = Collections.unmodifiableSortedMap(new TreeMap<>(parameters));
  }

  public static RuleSetSnapshot of(RuleSet ruleSet) {
    SortedMap<String, String> parameters = RuleSetParameters.written(ruleSet);
    return new RuleSetSnapshot(ruleSet.version(), ContentHash.of(parameters), parameters);
  }

  /** Whether {@code hash} is still the hash of the parameters: nobody changed them after the decision. */
  public boolean intact() {
    return hash.equals(ContentHash.of(parameters));
  }

  /** The ruleset these parameters describe. */
  public RuleSet ruleSet() {
    return RuleSetParameters.read(parameters).getOrElseThrow(problems -> new IllegalStateException(
        "the parameters of ruleset " + version + " do not read: " + problems));
  }

  /**
   * This ruleset with some parameters changed (a what-if): every name must be a {@link RuleSetParameter}'s field and
   * every value must read, or all the problems are returned at once, each under {@code parameters.<name>}.
   */
  public Either<List<Violation>, RuleSetSnapshot> with(Map<String, String> changes) {
    List<Violation> problems = new ArrayList<>();
    SortedMap<String, String> changed = new TreeMap<>(parameters);
    changes.forEach((name, value) -> {
      if (!CHANGEABLE.contains(RuleSetParameters.baseName(name))) {
        problems.add(Violation.of(PARAMETER_CHECK, "parameters." + name, "ruleset.parameter.unknown", name));
      } else if (value == null || value.isEmpty()) {
        changed.remove(name);
      } else {
        changed.put(name, value);
      }
    });
    var read = RuleSetParameters.read(changed);
    read.peekLeft(problems::addAll);
    return problems.isEmpty() ? Either.right(RuleSetSnapshot.of(read.get())) : Either.left(problems);
  }
}

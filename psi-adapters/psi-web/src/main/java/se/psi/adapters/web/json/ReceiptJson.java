package se.psi.adapters.web.json;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.UUID;
import se.psi.adapters.web.Texts;
import se.psi.core.membership.domain.MembershipWhatIf;
import se.psi.core.rules.DecisionReceipt;
import se.psi.core.rules.Replay;

/**
 * A decision's receipt as anyone may verify it: {@code hash} is SHA-256 over the canonical JSON of the other fields
 * (keys sorted, no white space, every value a string; docs/rules.md), and {@code ruleSet.hash} over its parameters.
 */
public record ReceiptJson(String decision, LocalDate decidedOn, SortedMap<String, String> facts,
    RuleSetSnapshotJson ruleSet, SortedMap<String, SortedMap<String, String>> ruleParameters, String libraryVersion,
    String outcome, String hash) {

  /** The ruleset as the receipt keeps it. */
  public record RuleSetSnapshotJson(String version, String hash, SortedMap<String, String> parameters) {}

  public static ReceiptJson of(DecisionReceipt receipt) {
    return new ReceiptJson(receipt.decision(), receipt.decidedOn(), receipt.facts(),
        new RuleSetSnapshotJson(receipt.ruleSet().version(), receipt.ruleSet().hash(),
            receipt.ruleSet().parameters()), receipt.ruleParameters(), receipt.libraryVersion(), receipt.outcome(),
        receipt.hash());
  }

  /**
   * A stored decision evaluated again from its receipt: {@code same} when today's rules (or the proposal) give the
   * same outcome and the same verdicts; both explanations in the caller's language.
   */
  public record ReplayJson(boolean same, boolean sameOutcome, boolean sameVerdicts, boolean receiptIntact,
      String recordedOutcome, String replayedOutcome, ExplanationJson recorded, ExplanationJson replayed,
      ReceiptJson receipt) {

    public static ReplayJson of(Replay replay, Texts texts) {
      return new ReplayJson(replay.same(), replay.sameOutcome(), replay.sameVerdicts(), replay.receiptIntact(),
          replay.recordedOutcome(), replay.replayedOutcome(), ExplanationJson.of(replay.recorded(), texts),
          ExplanationJson.of(replay.replayed(), texts), ReceiptJson.of(replay.receipt()));
    }
  }

  /**
   * A what-if over the membership decisions of a period: {@code rulesetVersion} evaluates every decision under that
   * registered ruleset (left out: each under its own, as its receipt holds it), with {@code changedParameters}
   * changed on it by name; {@code limit} caps the differing decisions listed (default 100, at most 1000).
   */
  public record WhatIfRequest(LocalDate from, LocalDate to, String rulesetVersion,
      Map<String, String> changedParameters, Integer limit) {}

  /** The answer of a what-if: the counts, and each differing decision with both explanations. */
  public record WhatIfJson(LocalDate from, LocalDate to, String rulesetVersion, Map<String, String> changedParameters,
      long evaluated, long withoutReceipt, long differing, boolean hasMore, List<DifferenceJson> differences) {

    public static WhatIfJson of(MembershipWhatIf whatIf, Texts texts) {
      return new WhatIfJson(whatIf.from(), whatIf.to(), whatIf.proposedVersion().isEmpty() ? null
          : whatIf.proposedVersion(), whatIf.changedParameters(), whatIf.evaluated(), whatIf.withoutReceipt(),
          whatIf.differing(), whatIf.hasMore(), whatIf.differences().stream().map(d -> new DifferenceJson(
              d.applicationId().value(), d.number(), ReplayJson.of(d.replay(), texts))).toList());
    }
  }

  /** One decision that would differ: the application, the decision's number on it, and the replay. */
  public record DifferenceJson(UUID applicationId, int decision, ReplayJson replay) {}
}

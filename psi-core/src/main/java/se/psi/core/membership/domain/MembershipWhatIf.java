package se.psi.core.membership.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import se.psi.core.rules.Replay;

/**
 * The stored membership decisions of a period evaluated again from their receipts under a proposed ruleset: how
 * many there were, and each whose outcome or verdicts would differ, with both explanations.
 *
 * @param from the first day of the period
 * @param to the last day of the period
 * @param proposedVersion the ruleset proposed, by version; empty when each decision kept its own ruleset
 * @param changedParameters the parameters changed on it, by name
 * @param evaluated how many decisions were evaluated again
 * @param withoutReceipt how many decisions of the period were stored before receipts were kept, and so not evaluated
 * @param differing how many decisions would differ
 * @param differences the first {@code limit} of them, oldest first
 */
public record MembershipWhatIf(LocalDate from, LocalDate to, String proposedVersion,
    Map<String, String> changedParameters, long evaluated, long withoutReceipt, long differing,
    List<Difference> differences) {

  public MembershipWhatIf {
    Objects.requireNonNull(from, "from");
    Objects.requireNonNull(to, "to");
    Objects.requireNonNull(proposedVersion, "proposedVersion");
    changedParameters = Map.copyOf(changedParameters);
    differences = List.copyOf(differences);
  }

  /** Whether more decisions differ than are listed. */
  public boolean hasMore() {
    return differing > differences.size();
  }

  /** One decision that would differ: which, and both explanations. */
  public record Difference(MembershipApplicationId applicationId, int number, Replay replay) {

    public Difference {
      Objects.requireNonNull(applicationId, "applicationId");
      Objects.requireNonNull(replay, "replay");
    }
  }
}

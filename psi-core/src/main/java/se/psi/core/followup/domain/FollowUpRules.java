package se.psi.core.followup.domain;

import java.util.List;
import se.psi.core.rules.Rule;
import se.psi.core.shared.Sek;

/**
 * GRA-17 after the grant: a payout needs the grant accepted, a signature by an authorised signatory and room within
 * what was granted; the final report's money and co-financing are checked against the grant; a repayment claim never
 * asks back more than was paid and not yet claimed.
 */
public final class FollowUpRules {

  /** GRA-17's facts for a payout request: the follow-up, the amount asked for and who signed the request. */
  public record PayoutRequest(GrantFollowUp followUp, Sek amount, String signedBy) {}

  /** GRA-17's facts for a final report: the follow-up and the money and co-financing the grantee reports spent. */
  public record Report(GrantFollowUp followUp, Sek spent, Sek coFinancing) {}

  /** GRA-17's facts for a repayment claim: the follow-up and the amount claimed. */
  public record Claim(GrantFollowUp followUp, Sek amount) {}

  /** GRA-17: money is paid only on a grant the grantee has accepted with its conditions. */
  public static final Rule<PayoutRequest> GRA_17_ACCEPTED = Rule.of("GRA-17", (p, ruleSet, is) ->
      p.followUp().acceptance().isPresent()
          ? is.met("followup.gra17.accepted", p.followUp().acceptance().get().acceptedOn())
          : is.notMet("applicationId", "followup.gra17.notAccepted"));

  /** GRA-17: a payout request is signed by one of the signatories (firmatecknare) recorded at acceptance. */
  public static final Rule<PayoutRequest> GRA_17_SIGNATORY = Rule.of("GRA-17", (p, ruleSet, is) ->
      p.followUp().acceptance().filter(accepted -> accepted.signs(p.signedBy())).isPresent()
          ? is.met("followup.gra17.signedBySignatory", p.signedBy())
          : is.notMet("actor", "followup.gra17.notSignatory", p.signedBy()));

  /** GRA-17: the sum paid out never exceeds what was granted. */
  public static final Rule<PayoutRequest> GRA_17_WITHIN_GRANT = Rule.of("GRA-17", (p, ruleSet, is) -> {
    GrantFollowUp f = p.followUp();
    return p.amount().isMoreThan(f.unpaid())
        ? is.notMet("amountKronor", "followup.gra17.payoutExceedsGrant", p.amount().kronor(), f.paid().kronor(),
            f.granted().kronor())
        : is.met("followup.gra17.payoutWithinGrant", p.amount().kronor(), f.paid().plus(p.amount()).kronor(),
            f.granted().kronor());
  });

  /** GRA-17: the money reported spent is no more than was paid out; what was paid and not spent is unused. */
  public static final Rule<Report> GRA_17_MONEY_SPENT = Rule.of("GRA-17", (r, ruleSet, is) -> {
    Sek paid = r.followUp().paid();
    if (r.spent().isMoreThan(paid)) {
      return is.notMet("spentKronor", "followup.gra17.spentMoreThanPaid", r.spent().kronor(), paid.kronor());
    }
    Sek unused = paid.minusOrZero(r.spent());
    return unused.kronor() == 0
        ? is.met("followup.gra17.allSpent", r.spent().kronor())
        : is.notMet("spentKronor", "followup.gra17.unused", unused.kronor(), paid.kronor(), r.spent().kronor());
  });

  /** GRA-17 with GRA-16: the co-financing reported is at least what the grantee promised. */
  public static final Rule<Report> GRA_17_CO_FINANCING = Rule.of("GRA-17", (r, ruleSet, is) -> {
    Sek required = r.followUp().terms().coFinancingRequired();
    return required.isMoreThan(r.coFinancing())
        ? is.notMet("coFinancingKronor", "followup.gra17.coFinancingShort", r.coFinancing().kronor(),
            required.kronor())
        : is.met("followup.gra17.coFinancingMet", r.coFinancing().kronor(), required.kronor());
  });

  /** GRA-17: money is claimed back only out of what was paid and is not claimed already. */
  public static final Rule<Claim> GRA_17_CLAIM_WITHIN_PAID = Rule.of("GRA-17", (c, ruleSet, is) -> {
    GrantFollowUp f = c.followUp();
    Sek claimable = f.paid().minusOrZero(f.claimed());
    return c.amount().isMoreThan(claimable)
        ? is.notMet("amountKronor", "followup.gra17.claimExceedsPaid", c.amount().kronor(), f.paid().kronor(),
            f.claimed().kronor())
        : is.met("followup.gra17.claimWithinPaid", c.amount().kronor(), claimable.kronor());
  });

  /** A payout request, in order. */
  public static final List<Rule<PayoutRequest>> PAYOUT =
      List.of(GRA_17_ACCEPTED, GRA_17_SIGNATORY, GRA_17_WITHIN_GRANT);

  /** The final report checked against the grant: recorded with the report, never refusing it. */
  public static final List<Rule<Report>> REPORT = List.of(GRA_17_MONEY_SPENT, GRA_17_CO_FINANCING);

  /** A repayment claim. */
  public static final List<Rule<Claim>> CLAIM = List.of(GRA_17_CLAIM_WITHIN_PAID);

  /** Every rule of the follow-up, for the catalogue. */
  public static final List<Rule<?>> EVERY = List.of(GRA_17_ACCEPTED, GRA_17_SIGNATORY, GRA_17_WITHIN_GRANT,
      GRA_17_MONEY_SPENT, GRA_17_CO_FINANCING, GRA_17_CLAIM_WITHIN_PAID);

  private FollowUpRules() {}
}

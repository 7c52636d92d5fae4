package se.psi.bench;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.kie.api.KieBase;
import org.kie.api.io.ResourceType;
import org.kie.api.runtime.StatelessKieSession;
import org.kie.internal.utils.KieHelper;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.domain.MembershipOutcome;
import se.psi.core.rules.RuleSet;
import se.psi.core.shared.OrganisationKind;

/**
 * The membership decision in Drools (DRL, {@code membership.drl}), as a team would write it with the rule engine it
 * would otherwise pick: the same rules and reasons as the library's, compiled once, one stateless execution per
 * decision.
 */
public final class DroolsMembership {

  /** What the rules look at, as plain facts. */
  public record Application(OrganisationKind kind, Set<OrganisationKind> admittedKinds, boolean municipality,
      boolean dutiesRequired, LocalDate boardDate, LocalDate decisionDate, boolean hasContact,
      boolean contactOfficial, boolean hasAssembly) {

    /** Whether a board decision was taken on or before the decision date. */
    public boolean boardInTime() {
      return boardDate != null && !boardDate.isAfter(decisionDate);
    }
  }

  /** Where the rules put their reasons. */
  public static final class Decision {
    private final List<HandWrittenRules.Reason> reasons = new ArrayList<>(6);

    public void add(String ruleId, boolean met, String key) {
      reasons.add(new HandWrittenRules.Reason(ruleId, met, key));
    }

    public List<HandWrittenRules.Reason> reasons() {
      return reasons;
    }
  }

  private final StatelessKieSession session;

  public DroolsMembership() {
    try (InputStream drl = DroolsMembership.class.getResourceAsStream("membership.drl")) {
      KieBase base = new KieHelper().addContent(new String(drl.readAllBytes(), StandardCharsets.UTF_8),
          ResourceType.DRL).build();
      session = base.newStatelessKieSession();
    } catch (IOException e) {
      throw new IllegalStateException("membership.drl cannot be read", e);
    }
  }

  public HandWrittenRules.Decision decide(MembershipApplication application, RuleSet rules, LocalDate on) {
    Decision decision = new Decision();
    session.execute(List.of(decision, new Application(application.organisation().kind(), rules.admittedKinds(),
        application.organisation().isMunicipality(), rules.municipalityDutiesRequired(),
        application.boardDecision().map(b -> b.date()).orElse(null), on, application.contactPerson().isPresent(),
        application.contactPerson().map(c -> c.official()).orElse(false),
        application.politicalAssembly().isPresent())));
    List<HandWrittenRules.Reason> reasons = decision.reasons();
    boolean refused = reasons.stream().anyMatch(r -> r.ruleId().equals("MEM-1") && !r.met());
    boolean complete = reasons.stream().allMatch(HandWrittenRules.Reason::met);
    return new HandWrittenRules.Decision(refused ? MembershipOutcome.REFUSED
        : complete ? MembershipOutcome.ADMITTED : MembershipOutcome.INCOMPLETE, reasons);
  }
}

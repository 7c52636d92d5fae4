package se.psi.bench;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import se.psi.core.grant.domain.GrantScheme;
import se.psi.core.grant.domain.ProjectDescription;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.domain.MembershipOutcome;
import se.psi.core.membership.domain.Organisation;
import se.psi.core.rules.RuleSet;

/**
 * The floor the library is compared with: the same decisions written by hand as one method each, with the same
 * reasons (rule id, verdict, message key), and no rule objects, no explanation type, no ruleset lookups beyond
 * what the rules read.
 */
final class HandWrittenRules {

  /** A reason as a hand-written decision would keep it. */
  record Reason(String ruleId, boolean met, String key) {}

  record Decision(MembershipOutcome outcome, List<Reason> reasons) {}

  private HandWrittenRules() {}

  static Decision membership(MembershipApplication application, RuleSet rules, LocalDate on) {
    List<Reason> reasons = new ArrayList<>(6);
    Organisation organisation = application.organisation();
    boolean admissible = rules.admittedKinds().contains(organisation.kind());
    reasons.add(new Reason("MEM-1", admissible, admissible ? "membership.mem1.met" : "membership.mem1.kind"));
    reasons.add(new Reason("MEM-2", true, "membership.mem2.free"));
    boolean board = application.boardDecision().map(b -> !b.date().isAfter(on)).orElse(false);
    reasons.add(new Reason("MEM-4", board, board ? "membership.mem4.met" : "membership.mem4.missing"));
    boolean contact = application.contactPerson().isPresent();
    reasons.add(new Reason("MEM-5", contact, contact ? "membership.mem5.met" : "membership.mem5.missing"));
    boolean duties = organisation.isMunicipality() && rules.municipalityDutiesRequired();
    boolean official = !duties || application.contactPerson().map(c -> c.official()).orElse(false);
    boolean assembly = !duties || application.politicalAssembly().isPresent();
    reasons.add(new Reason("MEM-6", official && assembly, !duties ? "membership.mem6.notMunicipality"
        : official && assembly ? "membership.mem6.met" : !official && !assembly ? "membership.mem6.bothMissing"
        : official ? "membership.mem6.assemblyMissing" : "membership.mem6.officialMissing"));
    reasons.add(new Reason("MEM-3", true, "membership.mem3.noDiscretion"));
    MembershipOutcome outcome = !admissible ? MembershipOutcome.REFUSED
        : board && contact && official && assembly ? MembershipOutcome.ADMITTED : MembershipOutcome.INCOMPLETE;
    return new Decision(outcome, reasons);
  }

  static List<Reason> grantEligibility(Organisation applicant, ProjectDescription project, GrantScheme scheme,
      RuleSet rules) {
    List<Reason> reasons = new ArrayList<>(4);
    boolean sector = rules.grantApplicantSectors().contains(applicant.sector());
    reasons.add(new Reason("GRA-1", sector, sector ? "grant.gra1.civilSociety" : "grant.gra1.notCivilSociety"));
    boolean described = !project.title().isBlank() && !project.description().isBlank()
        && !project.challenge().isBlank() && !project.expectedEffects().isBlank()
        && project.partners().stream().noneMatch(p -> p.anchoring().isBlank())
        && project.requested().isPresent() && project.start().isPresent() && project.end().isPresent()
        && !project.end().get().isBefore(project.start().get()) && !project.priorityAreas().isEmpty();
    reasons.add(new Reason("GRA-2", described, described ? "grant.gra2.described" : "grant.gra2.missing"));
    project.requested().ifPresent(amount -> {
      boolean within = amount.compareTo(scheme.minimumAmount()) >= 0 && amount.compareTo(scheme.maximumAmount()) <= 0;
      reasons.add(new Reason("GRA-1", within, within ? "grant.gra1.amountWithin" : "grant.gra1.amountOutside"));
    });
    return reasons;
  }
}

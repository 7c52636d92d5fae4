package se.psi.core.contact.domain;

import static se.psi.core.rules.RuleSetParameter.MUNICIPALITY_DUTIES_REQUIRED;

import java.util.List;
import java.util.Set;
import se.psi.core.rules.Rule;

/** The rules an appointment of a contact person is judged by. */
public final class ContactRules {

  /** The facts of an appointment: the partner's contact register and the person to be appointed. */
  public record Appointing(PartnerContact register, ContactPerson successor) {}

  /**
   * CON-4: a municipality's contact person is an official where the ruleset in force on the appointment's first
   * day has the municipal duties (MEM-6).
   */
  public static final Rule<Appointing> CON_4 = Rule.of("CON-4", Set.of(MUNICIPALITY_DUTIES_REQUIRED),
      (appointing, ruleSet, is) -> {
    if (!appointing.register().officialRequiredUnder(ruleSet)) {
      return is.notApplicable("contact.officialNotRequired", ruleSet.version());
    }
    return appointing.successor().official()
        ? is.met("contact.officialNamed")
        : is.notMet("contactPerson.official", "contact.officialRequired", ruleSet.version());
  });

  /** The rules of an appointment, in order. */
  public static final List<Rule<Appointing>> APPOINTMENT = List.of(CON_4);

  /** Every rule of the contact feature, for the catalogue. */
  public static final List<Rule<?>> EVERY = List.of(CON_4);

  private ContactRules() {}
}

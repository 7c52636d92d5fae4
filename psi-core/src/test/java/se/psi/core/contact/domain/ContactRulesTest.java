package se.psi.core.contact.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.core.TestFacts.contact;
import static se.psi.core.TestFacts.meta;
import static se.psi.core.TestFacts.rulesOn;

import java.time.LocalDate;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.psi.core.rules.Evaluation;
import se.psi.core.rules.RuleSet;
import se.psi.core.rules.Verdict;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.PartnerId;

class ContactRulesTest {

  /** The 2016 agreement's ruleset asks municipalities for an official; the 2023 one does not. */
  private static final RuleSet WITH_DUTIES = rulesOn(LocalDate.of(2017, 3, 1));
  private static final RuleSet WITHOUT_DUTIES = rulesOn(LocalDate.of(2023, 3, 1));

  @Test
  void CON_4_a_municipality_names_an_official_where_the_ruleset_has_the_municipal_duties() {
    PartnerContact municipality = register(true);

    assertThat(con4(municipality, true, WITH_DUTIES).verdict()).isEqualTo(Verdict.MET);
    Evaluation lacking = con4(municipality, false, WITH_DUTIES);
    assertThat(lacking.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(lacking.field()).isEqualTo("contactPerson.official");
    assertThat(lacking.args()).containsExactly(WITH_DUTIES.version());
  }

  @Test
  void CON_4_does_not_apply_without_the_duties_or_to_others_than_municipalities() {
    assertThat(con4(register(true), false, WITHOUT_DUTIES).verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
    assertThat(con4(register(false), false, WITH_DUTIES).verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
  }

  private static Evaluation con4(PartnerContact register, boolean official, RuleSet ruleSet) {
    return ContactRules.CON_4.evaluate(new ContactRules.Appointing(register, contact(official)), ruleSet).get(0);
  }

  private static PartnerContact register(boolean municipality) {
    return PartnerContact.open(new PartnerId(new UUID(7, 7)), OrganisationNumber.of("232100-0164"),
        municipality, contact(true), LocalDate.of(2016, 1, 1), meta()).register();
  }
}

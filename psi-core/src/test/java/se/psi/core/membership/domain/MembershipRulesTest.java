package se.psi.core.membership.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.core.TestFacts.DAY;
import static se.psi.core.TestFacts.application;
import static se.psi.core.TestFacts.boardDecision;
import static se.psi.core.TestFacts.complete;
import static se.psi.core.TestFacts.contact;
import static se.psi.core.TestFacts.meta;
import static se.psi.core.TestFacts.organisation;
import static se.psi.core.TestFacts.rulesOn;

import java.lang.reflect.RecordComponent;
import java.time.LocalDate;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.UUID;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import se.psi.core.rules.Evaluation;
import se.psi.core.rules.RuleSet;
import se.psi.core.rules.Verdict;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.PartnerId;

class MembershipRulesTest {

  private static final RuleSet RULES_2022 = rulesOn(DAY);
  private static final RuleSet RULES_2015 = rulesOn(LocalDate.of(2015, 6, 1));
  /** The 2016 agreement's ruleset: the only one with the municipal duties of MEM-6. */
  private static final RuleSet RULES_2017 = rulesOn(LocalDate.of(2017, 6, 1));

  @Test
  void MEM_1_a_kind_the_ruleset_admits_is_met_and_one_it_does_not_is_refused() {
    MembershipApplication company = complete(organisation(OrganisationKind.COMPANY));

    assertThat(evaluate(MembershipRules.MEM_1, company, RULES_2022).verdict()).isEqualTo(Verdict.MET);
    Evaluation refused = evaluate(MembershipRules.MEM_1, company, RULES_2015);
    assertThat(refused.verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(refused.args()).contains(OrganisationKind.COMPANY, "orebro-2015");
    assertThat(decide(company, RULES_2015).outcome()).isEqualTo(MembershipOutcome.REFUSED);
  }

  @Test
  void MEM_2_joining_is_free_and_no_fee_exists_in_the_membership_model() {
    assertThat(evaluate(MembershipRules.MEM_2, complete(organisation(OrganisationKind.ASSOCIATION)), RULES_2022)
        .verdict()).isEqualTo(Verdict.MET);
    Stream<Class<?>> membershipTypes = Stream.of(MembershipApplication.class, Partner.class,
        MembershipDecision.class, BoardDecision.class, Organisation.class);
    assertThat(membershipTypes.flatMap(type -> Arrays.stream(type.getMethods()).map(m -> m.getName().toLowerCase())))
        .noneMatch(name -> name.contains("fee") || name.contains("avgift") || name.contains("charge"));
  }

  @Test
  void MEM_3_a_complete_application_is_admitted_without_discretion() {
    MembershipDecision decision = decide(complete(organisation(OrganisationKind.ASSOCIATION)), RULES_2022);

    assertThat(decision.outcome()).isEqualTo(MembershipOutcome.ADMITTED);
    assertThat(decision.explanation().evaluations()).extracting(Evaluation::ruleId).last().isEqualTo("MEM-3");
    assertThat(decision.partnerId()).isPresent();
  }

  @Test
  void MEM_4_a_missing_or_future_board_decision_is_not_met() {
    var organisation = organisation(OrganisationKind.ASSOCIATION);
    var missing = application(organisation, Optional.empty(), Optional.of(contact(false)), Optional.empty());
    var future = application(organisation, Optional.of(boardDecision(DAY.plusDays(1))), Optional.of(contact(false)),
        Optional.empty());

    assertThat(evaluate(MembershipRules.MEM_4, missing, RULES_2022))
        .extracting(Evaluation::verdict, Evaluation::field).containsExactly(Verdict.NOT_MET, "boardDecision");
    assertThat(evaluate(MembershipRules.MEM_4, future, RULES_2022))
        .extracting(Evaluation::verdict, Evaluation::field).containsExactly(Verdict.NOT_MET, "boardDecision.date");
    assertThat(decide(missing, RULES_2022).outcome()).isEqualTo(MembershipOutcome.INCOMPLETE);
  }

  @Test
  void MEM_5_a_missing_contact_person_is_not_met() {
    var noContact = application(organisation(OrganisationKind.ASSOCIATION), Optional.of(boardDecision(DAY)),
        Optional.empty(), Optional.empty());

    assertThat(evaluate(MembershipRules.MEM_5, noContact, RULES_2022).verdict()).isEqualTo(Verdict.NOT_MET);
    assertThat(decide(noContact, RULES_2022).explanation().failedRuleIds()).containsExactly("MEM-5");
  }

  @Test
  void MEM_6_a_municipality_names_an_official_and_a_political_assembly_under_the_2016_agreement_only() {
    var municipality = organisation(OrganisationKind.MUNICIPALITY);
    var lacking = application(municipality, Optional.of(boardDecision(DAY)), Optional.of(contact(false)),
        Optional.empty());

    assertThat(decide(lacking, RULES_2017).explanation().failures())
        .extracting(Evaluation::field).containsExactly("contactPerson.official,politicalAssembly");
    assertThat(decide(lacking, RULES_2015).outcome()).isEqualTo(MembershipOutcome.ADMITTED);
    assertThat(decide(lacking, RULES_2022).outcome()).isEqualTo(MembershipOutcome.ADMITTED);
    assertThat(evaluate(MembershipRules.MEM_6, lacking, RULES_2022).args()).containsExactly("orebro-2022");
    assertThat(evaluate(MembershipRules.MEM_6, complete(organisation(OrganisationKind.ASSOCIATION)),
        RULES_2022).verdict()).isEqualTo(Verdict.NOT_APPLICABLE);
  }

  @Test
  void MEM_6_names_each_missing_duty_with_its_field_and_both_when_both_are_met() {
    var municipality = organisation(OrganisationKind.MUNICIPALITY);
    var noOfficial = application(municipality, Optional.of(boardDecision(DAY)), Optional.of(contact(false)),
        Optional.of("Kommunstyrelsen"));
    var noAssembly = application(municipality, Optional.of(boardDecision(DAY)), Optional.of(contact(true)),
        Optional.empty());

    assertThat(evaluate(MembershipRules.MEM_6, noOfficial, RULES_2017))
        .extracting(Evaluation::verdict, Evaluation::field, Evaluation::messageKey)
        .containsExactly(Verdict.NOT_MET, "contactPerson.official", "membership.mem6.officialMissing");
    assertThat(evaluate(MembershipRules.MEM_6, noAssembly, RULES_2017))
        .extracting(Evaluation::verdict, Evaluation::field, Evaluation::messageKey)
        .containsExactly(Verdict.NOT_MET, "politicalAssembly", "membership.mem6.assemblyMissing");
    assertThat(evaluate(MembershipRules.MEM_6, complete(municipality), RULES_2017))
        .extracting(Evaluation::verdict, Evaluation::messageKey, Evaluation::args)
        .containsExactly(Verdict.MET, "membership.mem6.met", java.util.List.of("Kommunstyrelsen"));
  }

  @Test
  void MEM_6_is_one_line_of_the_explanation_whatever_it_concludes() {
    var municipality = organisation(OrganisationKind.MUNICIPALITY);
    var lacking = application(municipality, Optional.of(boardDecision(DAY)), Optional.of(contact(false)),
        Optional.empty());
    var decisions = Stream.of(decide(complete(organisation(OrganisationKind.ASSOCIATION)), RULES_2022),
        decide(lacking, RULES_2015), decide(lacking, RULES_2017), decide(lacking, RULES_2022), decide(complete(municipality), RULES_2017));

    decisions.map(MembershipDecision::explanation).forEach(explanation -> {
      assertThat(explanation.evaluations()).filteredOn(e -> e.ruleId().equals("MEM-6")).hasSize(1);
      for (Locale language : java.util.List.of(Locale.forLanguageTag("sv"), Locale.ENGLISH)) {
        assertThat(explanation.render(language).lines().filter(line -> line.startsWith("[MEM-6]"))).hasSize(1);
      }
    });
  }

  @Test
  void MEM_3_a_finally_decided_application_cannot_be_decided_again() {
    MembershipApplication admitted = complete(organisation(OrganisationKind.ASSOCIATION))
        .decide(RULES_2022, DAY, "au", new PartnerId(UUID.randomUUID()), meta()).get().application();

    assertThat(admitted.decide(RULES_2022, DAY, "au", new PartnerId(UUID.randomUUID()), meta()).getLeft()
        .messageKey()).isEqualTo("membership.alreadyDecided");
  }

  @Test
  void events_of_membership_carry_no_personal_data_types() {
    Stream<Class<?>> events = Stream.concat(
        Arrays.stream(MembershipApplicationEvent.class.getPermittedSubclasses()),
        Arrays.stream(PartnerEvent.class.getPermittedSubclasses()));
    assertThat(events.flatMap(e -> Arrays.stream(e.getRecordComponents())).map(RecordComponent::getType))
        .noneMatch(type -> type.getSimpleName().contains("ContactPerson") || type == Organisation.class);
  }

  private static Evaluation evaluate(se.psi.core.rules.Rule<MembershipFacts> rule, MembershipApplication application,
      RuleSet ruleSet) {
    List<Evaluation> evaluations = rule.evaluate(new MembershipFacts(application, DAY), ruleSet);
    assertThat(evaluations).hasSize(1);
    return evaluations.get(0);
  }

  private static MembershipDecision decide(MembershipApplication application, RuleSet ruleSet) {
    return application.decide(ruleSet, DAY, "au-member", new PartnerId(UUID.randomUUID()), meta()).get().decision();
  }
}

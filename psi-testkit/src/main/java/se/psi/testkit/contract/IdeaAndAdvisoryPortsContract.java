package se.psi.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.psi.core.advisory.domain.AdvisoryCase;
import se.psi.core.advisory.port.out.AdvisoryCases;
import se.psi.core.idea.domain.Idea;
import se.psi.core.idea.domain.IdeaValues;
import se.psi.core.idea.port.out.Ideas;
import se.psi.core.shared.Municipality;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.Place;
import se.psi.core.shared.Referral;
import se.psi.testkit.fixtures.Fixtures;

/** The contract of the {@link Ideas} and {@link AdvisoryCases} ports. Return fresh, empty stores. */
public abstract class IdeaAndAdvisoryPortsContract {

  protected abstract Ideas ideas();

  protected abstract AdvisoryCases advisoryCases();

  @Test
  void an_idea_is_found_by_id_and_by_receipt_and_its_contact_can_be_erased() {
    Ideas ideas = ideas();
    Idea idea = Idea.builder().id(new IdeaValues.IdeaId(UUID.randomUUID())).receipt(UUID.randomUUID().toString())
        .source(IdeaValues.IdeaSource.CITIZEN).contact(new IdeaValues.IdeaContact("Kim", "kim@example.se"))
        .challenge("Ensamhet").description("Träffar i byarna").place(Place.in(Municipality.LAXA))
        .channel(IdeaValues.IdeaChannel.MUNICIPALITY).channelledBy(Municipality.LAXA)
        .submittedOn(Fixtures.A_DAY_IN_2022).version(1).build();
    ideas.save(idea);
    Idea triaged = idea.triaged(new IdeaValues.Triage(IdeaValues.TriageOutcome.TO_ADVICE, "Till rådgivningen",
        Fixtures.A_DAY_IN_2022, "au-1"));
    ideas.save(triaged);
    assertThat(ideas.find(idea.id()).get()).isEqualTo(triaged);
    Idea taken = triaged.takenFurther(IdeaValues.TriageOutcome.TO_ADVICE, UUID.randomUUID(), "fromIdea",
        "orebro-2022", Fixtures.A_DAY_IN_2022, Fixtures.eventMeta()).get().idea();
    ideas.save(taken);
    ideas.save(taken.withoutContact());

    assertThat(ideas.findByReceipt(idea.receipt()).get()).isEqualTo(taken.withoutContact());
    assertThat(ideas.find(idea.id()).get().triage().orElseThrow().ledTo()).isPresent();
    assertThat(ideas.find(idea.id()).get().contact()).isEmpty();
    assertThat(ideas.all()).hasSize(1);
    assertThatThrownBy(() -> ideas.save(taken)).isInstanceOf(se.psi.core.port.out.StaleVersionException.class);
  }

  @Test
  void an_advisory_case_keeps_its_referrals_both_ways_and_its_eligibility() {
    AdvisoryCases cases = advisoryCases();
    AdvisoryCase opened = AdvisoryCase.builder().id(UUID.randomUUID()).organisationName("Föreningen Gemenskap")
        .organisationKind(OrganisationKind.ASSOCIATION).idea("Matkassar").challenge("Matsvinn")
        .referredFrom(new AdvisoryCase.IncomingReferral("Nora kommun", "Söker stöd att starta"))
        .advisers(List.of("Coompanion")).closed(false).openedOn(Fixtures.A_DAY_IN_2022)
        .eligibility(AdvisoryCase.eligibility("Föreningen Gemenskap", OrganisationKind.ASSOCIATION,
            Fixtures.rules2022(), Fixtures.A_DAY_IN_2022)).version(1).build();
    cases.save(opened);
    AdvisoryCase banked = opened.record(new AdvisoryCase.Outcome(AdvisoryCase.OutcomeKind.ADDED_TO_PROJECT_BANK,
        "Matkassar", Optional.empty(), "adviser-1", LocalDate.of(2022, 3, 2), Optional.of(UUID.randomUUID())), false)
        .get();
    cases.save(banked);
    AdvisoryCase referred = banked.record(new AdvisoryCase.Outcome(AdvisoryCase.OutcomeKind.REFERRAL, "Arvsfonden",
        Optional.of(new Referral("Allmänna arvsfonden", Referral.Kind.FUNDER, "Större projekt")), "adviser-1",
        LocalDate.of(2022, 3, 2)), true).get();
    cases.save(referred);

    assertThat(cases.find(opened.id()).get()).isEqualTo(referred);
    assertThat(cases.all()).containsExactly(referred);
  }
}

package se.psi.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.psi.core.advisory.domain.AdvisoryCase;
import se.psi.core.advisory.domain.AdvisoryCaseId;
import se.psi.core.advisory.port.out.AdvisoryCases;
import se.psi.core.idea.domain.Idea;
import se.psi.core.idea.domain.IdeaChannel;
import se.psi.core.idea.domain.IdeaContact;
import se.psi.core.idea.domain.IdeaId;
import se.psi.core.idea.domain.IdeaSource;
import se.psi.core.idea.domain.LedTo;
import se.psi.core.idea.domain.TriageOutcome;
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
    Idea idea = anIdea(Fixtures.A_DAY_IN_2022);
    ideas.save(idea);
    Idea triaged = idea.triage(TriageOutcome.TO_ADVICE, "Till rådgivningen", "au-1", Fixtures.A_DAY_IN_2022,
        Fixtures.eventMeta()).get().aggregate();
    ideas.save(triaged);
    assertThat(ideas.find(idea.id()).get()).isEqualTo(triaged);
    Idea taken = triaged.takenFurther(new LedTo.AdvisoryCase(UUID.randomUUID()), "fromIdea", "orebro-2022",
        Fixtures.A_DAY_IN_2022, Fixtures.eventMeta()).get().aggregate();
    ideas.save(taken);
    Idea erased = taken.eraseContact(Fixtures.eventMeta()).aggregate();
    ideas.save(erased);

    assertThat(ideas.findByReceipt(idea.receipt()).get()).isEqualTo(erased);
    assertThat(ideas.find(idea.id()).get().triage().orElseThrow().ledTo()).isPresent();
    assertThat(ideas.find(idea.id()).get().contact()).isEmpty();
    assertThat(ideas.all()).hasSize(1);
    assertThatThrownBy(() -> ideas.save(taken)).isInstanceOf(se.psi.core.port.out.StaleVersionException.class);
  }

  @Test
  void an_idea_that_was_never_saved_is_not_found_by_id_nor_by_receipt() {
    Ideas ideas = ideas();
    ideas.save(anIdea(Fixtures.A_DAY_IN_2022));

    assertThat(ideas.find(new IdeaId(UUID.randomUUID()))).isEmpty();
    assertThat(ideas.findByReceipt(UUID.randomUUID().toString())).isEmpty();
  }

  @Test
  void ideas_come_newest_first() {
    Ideas ideas = ideas();
    Idea older = anIdea(Fixtures.A_DAY_IN_2022);
    Idea newer = anIdea(Fixtures.A_DAY_IN_2022.plusDays(1));
    ideas.save(older);
    ideas.save(newer);

    assertThat(ideas.all()).containsExactly(newer, older);
  }

  @Test
  void an_advisory_case_keeps_its_referrals_both_ways_and_its_eligibility() {
    AdvisoryCases cases = advisoryCases();
    AdvisoryCase opened = aCase(Fixtures.A_DAY_IN_2022, Optional.empty());
    cases.save(opened);
    AdvisoryCase banked = opened.record(new AdvisoryCase.Outcome(AdvisoryCase.OutcomeKind.ADDED_TO_PROJECT_BANK,
        "Matkassar", Optional.empty(), "adviser-1", LocalDate.of(2022, 3, 2),
        Optional.of(new LedTo.ProjectBankEntry(UUID.randomUUID()))), false, Fixtures.eventMeta())
        .get().aggregate();
    cases.save(banked);
    AdvisoryCase referred = banked.record(new AdvisoryCase.Outcome(AdvisoryCase.OutcomeKind.REFERRAL, "Arvsfonden",
        Optional.of(new Referral("Allmänna arvsfonden", Referral.Kind.FUNDER, "Större projekt")), "adviser-1",
        LocalDate.of(2022, 3, 2)), true, Fixtures.eventMeta()).get().aggregate();
    cases.save(referred);

    assertThat(cases.find(opened.id()).get()).isEqualTo(referred);
    assertThat(cases.all()).containsExactly(referred);
    assertThatThrownBy(() -> cases.save(banked)).isInstanceOf(se.psi.core.port.out.StaleVersionException.class);
  }

  @Test
  void an_advisory_case_from_an_idea_names_the_idea_and_an_unknown_id_finds_nothing() {
    AdvisoryCases cases = advisoryCases();
    IdeaId idea = new IdeaId(UUID.randomUUID());
    AdvisoryCase older = aCase(Fixtures.A_DAY_IN_2022, Optional.of(idea));
    AdvisoryCase newer = aCase(Fixtures.A_DAY_IN_2022.plusDays(1), Optional.empty());
    cases.save(older);
    cases.save(newer);

    assertThat(cases.find(older.id()).get().fromIdea()).contains(idea);
    assertThat(cases.find(new AdvisoryCaseId(UUID.randomUUID()))).isEmpty();
    assertThat(cases.all()).containsExactly(newer, older);
  }

  private static Idea anIdea(LocalDate on) {
    return Idea.submit(new IdeaId(UUID.randomUUID()), UUID.randomUUID().toString(), IdeaSource.CITIZEN,
        Optional.empty(), Optional.of(new IdeaContact("Kim", "kim@example.se")), "Ensamhet", "Träffar i byarna",
        Place.in(Municipality.LAXA), IdeaChannel.MUNICIPALITY, Optional.of(Municipality.LAXA), on,
        Fixtures.eventMeta()).aggregate();
  }

  private static AdvisoryCase aCase(LocalDate on, Optional<IdeaId> fromIdea) {
    return AdvisoryCase.open(new AdvisoryCaseId(UUID.randomUUID()), "Föreningen Gemenskap", Optional.empty(),
        OrganisationKind.ASSOCIATION, "Matkassar", "Matsvinn", fromIdea,
        Optional.of(new AdvisoryCase.IncomingReferral("Nora kommun", "Söker stöd att starta")),
        List.of("Coompanion"), Fixtures.rules2022(), on, Fixtures.eventMeta()).get().aggregate();
  }
}

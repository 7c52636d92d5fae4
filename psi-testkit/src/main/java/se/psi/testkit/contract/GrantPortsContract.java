package se.psi.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.psi.testkit.fixtures.GrantFixtures.aDescribedProject;
import static se.psi.testkit.fixtures.GrantFixtures.aDraft;
import static se.psi.testkit.fixtures.GrantFixtures.aGrantedCase;
import static se.psi.testkit.fixtures.GrantFixtures.aScheme2022;
import static se.psi.testkit.fixtures.GrantFixtures.anAssociationApplying;
import static se.psi.testkit.fixtures.GrantFixtures.anEmptyProject;
import static se.psi.testkit.fixtures.GrantFixtures.theAreaHeadsDelegation;

import java.time.LocalDate;
import java.util.EnumSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.psi.core.grant.domain.CaseNumber;
import se.psi.core.grant.domain.GrantCaseSummary;
import se.psi.core.grant.domain.GrantStatus;
import se.psi.core.grant.port.out.CaseFilter;
import org.junit.jupiter.api.Test;
import se.psi.core.grant.domain.Delegation;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantScheme;
import se.psi.core.grant.port.out.Delegations;
import se.psi.core.grant.port.out.GrantApplications;
import se.psi.core.grant.port.out.GrantSchemes;
import se.psi.core.shared.Sek;
import se.psi.core.port.out.StaleVersionException;
import se.psi.testkit.fixtures.Fixtures;

/** The contract of the grant ports. Return fresh, empty stores that share one database where they have one. */
public abstract class GrantPortsContract {

  protected abstract GrantApplications applications();

  protected abstract GrantSchemes schemes();

  protected abstract Delegations delegations();

  @Test
  void every_version_of_a_case_from_draft_to_decision_is_stored_and_found_as_saved() {
    GrantApplications applications = applications();
    Delegation delegation = theAreaHeadsDelegation("area-head");
    List<GrantApplication> versions = aGrantedCase(aDraft(anAssociationApplying(), aDescribedProject(50_000)),
        aScheme2022(), delegation, 40_000);

    for (GrantApplication version : versions) {
      applications.save(version);
      assertThat(applications.find(version.id()).get()).isEqualTo(version);
    }
    GrantApplication decided = versions.get(versions.size() - 1);
    assertThat(applications.decidedBetween(LocalDate.of(2022, 1, 1), LocalDate.of(2022, 12, 31)))
        .containsExactly(decided);
    assertThat(applications.decidedBetween(LocalDate.of(2023, 1, 1), LocalDate.of(2023, 12, 31))).isEmpty();
    assertThat(applications.ofSchemeYear(2022)).containsExactly(decided);
  }

  @Test
  void worklists_show_case_summaries_by_status_oldest_arrival_first_and_an_applicants_own_with_its_drafts() {
    GrantApplications applications = applications();
    var applicant = anAssociationApplying();
    GrantApplication draft = aDraft(applicant, aDescribedProject(30_000));
    applications.save(draft);
    GrantApplication late = arrived(applications, aDraft(applicant, aDescribedProject(40_000)),
        LocalDate.of(2022, 5, 2), 2);
    GrantApplication early = arrived(applications, aDraft(anAssociationApplying(), aDescribedProject(20_000)),
        LocalDate.of(2022, 3, 1), 1);
    Set<GrantStatus> submitted = Set.of(GrantStatus.SUBMITTED);

    assertThat(applications.cases(new CaseFilter(submitted, Optional.empty(), Optional.empty(), 0, 10)).items())
        .containsExactly(GrantCaseSummary.of(early), GrantCaseSummary.of(late));
    assertThat(applications.cases(new CaseFilter(submitted, Optional.empty(), Optional.empty(), 0, 10)).items())
        .first().satisfies(first -> assertThat(first.caseNumber()).contains(CaseNumber.sequential("PSI", 2022, 1)));
    assertThat(applications.cases(new CaseFilter(submitted, Optional.empty(), Optional.of(LocalDate.of(2022, 4, 1)),
        0, 10)).items()).containsExactly(GrantCaseSummary.of(early));
    var secondPage = applications.cases(new CaseFilter(submitted, Optional.empty(), Optional.empty(), 1, 1));
    assertThat(secondPage.items()).containsExactly(GrantCaseSummary.of(late));
    assertThat(secondPage.total()).isEqualTo(2);
    assertThat(applications.cases(new CaseFilter(EnumSet.allOf(GrantStatus.class), Optional.of(
        applicant.organisationNumber()), Optional.empty(), 0, 10)).items())
        .containsExactly(GrantCaseSummary.of(draft), GrantCaseSummary.of(late));
    assertThat(applications.cases(new CaseFilter(Set.of(GrantStatus.DECIDED), Optional.empty(), Optional.empty(), 0,
        10)).items()).isEmpty();
  }

  /** The draft stored, then submitted on {@code on} and stored as arrived. */
  private static GrantApplication arrived(GrantApplications applications, GrantApplication draft, LocalDate on,
      long number) {
    applications.save(draft);
    GrantApplication arrived = draft.submit(aScheme2022(), Fixtures.rules2022(), on,
        () -> CaseNumber.sequential("PSI", 2022, number), Fixtures.eventMeta()).get().aggregate();
    applications.save(arrived);
    return arrived;
  }

  @Test
  void an_empty_draft_is_stored_and_a_stale_write_refused() {
    GrantApplications applications = applications();
    GrantApplication draft = aDraft(anAssociationApplying(), anEmptyProject());
    applications.save(draft);
    applications.save(draft.revise(aDescribedProject(20_000), Fixtures.eventMeta()).get().aggregate());

    assertThatThrownBy(() -> applications.save(draft.revise(aDescribedProject(30_000), Fixtures.eventMeta()).get()
        .aggregate()))
        .isInstanceOf(StaleVersionException.class);
  }

  @Test
  void a_scheme_keeps_its_granted_sum_and_refuses_a_stale_write() {
    GrantSchemes schemes = schemes();
    GrantScheme scheme = aScheme2022();
    schemes.save(scheme);
    GrantScheme charged = scheme.grant(Sek.of(40_000),
        new se.psi.core.rules.Explanation("orebro-2022", LocalDate.of(2022, 3, 1), List.of())).get();
    schemes.save(charged);

    assertThat(schemes.find(2022).get().granted()).isEqualTo(Sek.of(40_000));
    assertThat(schemes.all()).containsExactly(charged);
    assertThatThrownBy(() -> schemes.save(charged)).isInstanceOf(StaleVersionException.class);
  }

  @Test
  void delegations_are_found_as_registered() {
    Delegations delegations = delegations();
    Delegation delegation = theAreaHeadsDelegation("area-head");

    delegations.save(delegation);

    assertThat(delegations.find(delegation.id()).get()).isEqualTo(delegation);
    assertThat(delegations.all()).containsExactly(delegation);
  }
}

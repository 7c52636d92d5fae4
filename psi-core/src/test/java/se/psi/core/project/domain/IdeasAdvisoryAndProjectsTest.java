package se.psi.core.project.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static se.psi.core.TestFacts.DAY;
import static se.psi.core.TestFacts.meta;
import static se.psi.core.TestFacts.rulesOn;

import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.psi.core.advisory.domain.AdvisoryCase;
import se.psi.core.advisory.domain.AdvisoryCaseId;
import se.psi.core.idea.domain.Idea;
import se.psi.core.idea.domain.IdeaChannel;
import se.psi.core.idea.domain.IdeaEvent;
import se.psi.core.idea.domain.IdeaId;
import se.psi.core.idea.domain.IdeaSource;
import se.psi.core.idea.domain.LedTo;
import se.psi.core.idea.domain.Triage;
import se.psi.core.idea.domain.TriageOutcome;
import se.psi.core.rules.Rejection;
import se.psi.core.rules.Verdict;
import se.psi.core.shared.Municipality;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.PartnerId;
import se.psi.core.shared.Place;
import se.psi.core.shared.Referral;

/** IDE-1..2, ADV-1..3 and PRJ-1..4 in the domain. */
class IdeasAdvisoryAndProjectsTest {

  @Test
  void IDE_1_anyone_may_bring_an_idea_anonymously_and_IDE_2_a_municipality_channels_it() {
    var submitted = Idea.submit(new IdeaId(UUID.randomUUID()), "r-1", IdeaSource.CITIZEN, Optional.empty(),
        Optional.empty(), "Unga som saknar mötesplatser", "Ett café", Place.in(Municipality.HALLEFORS),
        IdeaChannel.MUNICIPALITY, Optional.of(Municipality.HALLEFORS), DAY, meta());
    Idea idea = submitted.aggregate();

    assertThat(idea.isAnonymous()).isTrue();
    assertThat(idea.version()).isEqualTo(1);
    assertThat(submitted.events()).singleElement().isInstanceOfSatisfying(IdeaEvent.IdeaSubmitted.class, e -> {
      assertThat(e.ideaId()).isEqualTo(idea.id());
      assertThat(e.channelledBy()).contains(Municipality.HALLEFORS);
    });
    var triaged = idea.triage(TriageOutcome.TO_PROJECT_BANK, "Tema: inkludering", "au-1", DAY, meta()).get();
    assertThat(triaged.aggregate().triage()).hasValueSatisfying(t ->
        assertThat(t.outcome()).isEqualTo(TriageOutcome.TO_PROJECT_BANK));
    assertThat(triaged.aggregate().version()).isEqualTo(2);
    assertThat(triaged.events()).singleElement().isInstanceOfSatisfying(IdeaEvent.IdeaTriaged.class,
        e -> assertThat(e.outcome()).isEqualTo(TriageOutcome.TO_PROJECT_BANK));
  }

  @Test
  void IDE_2_a_triage_points_to_what_it_led_to_only_when_triaged_so_and_only_once() {
    Idea idea = Idea.builder().id(new IdeaId(UUID.randomUUID())).receipt("r-2")
        .source(IdeaSource.CITIZEN).challenge("Ensamhet").description("Matlag")
        .place(Place.in(Municipality.NORA)).channel(IdeaChannel.WEB_FORM).submittedOn(DAY).version(1)
        .triage(new Triage(TriageOutcome.TO_PROJECT_BANK, "Till banken", DAY, "au-1")).build();
    LedTo entry = new LedTo.ProjectBankEntry(UUID.randomUUID());

    var toAdvice = idea.takenFurther(new LedTo.AdvisoryCase(UUID.randomUUID()), "fromIdea", "v", DAY, meta());
    var taken = idea.takenFurther(entry, "fromIdea", "v", DAY, meta()).get();
    var twice = taken.aggregate().takenFurther(new LedTo.ProjectBankEntry(UUID.randomUUID()), "fromIdea", "v", DAY,
        meta());

    assertThat(toAdvice.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class, r -> {
      assertThat(r.ruleId()).isEqualTo("IDE-2");
      assertThat(r.explanation().failures()).extracting(e -> e.field()).containsExactly("fromIdea");
    });
    assertThat(taken.aggregate().triage().orElseThrow().ledTo()).contains(entry);
    assertThat(taken.aggregate().version()).isEqualTo(2);
    assertThat(taken.events()).singleElement().isInstanceOfSatisfying(IdeaEvent.IdeaTakenFurther.class,
        e -> assertThat(e.ledTo()).isEqualTo(entry));
    assertThat(twice.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class,
        r -> assertThat(r.messageKey()).isEqualTo("idea.ide2.alreadyTakenFurther"));
  }

  @Test
  void ADV_1_civil_society_and_social_economy_may_get_advice_member_or_not() {
    assertThat(AdvisoryCase.eligibility("Kooperativet", OrganisationKind.COOPERATIVE, rulesOn(DAY), DAY).allMet())
        .isTrue();
    var company = AdvisoryCase.eligibility("Bolaget AB", OrganisationKind.COMPANY, rulesOn(DAY), DAY);
    assertThat(company.evaluations()).singleElement().satisfies(e -> {
      assertThat(e.ruleId()).isEqualTo("ADV-1");
      assertThat(e.verdict()).isEqualTo(Verdict.NOT_MET);
    });
    var refused = AdvisoryCase.open(new AdvisoryCaseId(UUID.randomUUID()), "Bolaget AB", Optional.empty(),
        OrganisationKind.COMPANY, "Idé", "Utmaning", Optional.empty(), Optional.empty(), List.of("Coompanion"),
        rulesOn(DAY), DAY, meta());
    assertThat(refused.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class, r -> {
      assertThat(r.ruleId()).isEqualTo("ADV-1");
      assertThat(r.messageKey()).isEqualTo("advisory.adv1.notNonProfit");
    });
  }

  @Test
  void ADV_2_ADV_3_a_referral_says_to_whom_and_why_and_the_incoming_one_is_kept() {
    AdvisoryCase opened = AdvisoryCase.open(new AdvisoryCaseId(UUID.randomUUID()), "Föreningen", Optional.empty(),
        OrganisationKind.ASSOCIATION, "Idé", "Utmaning", Optional.empty(),
        Optional.of(new AdvisoryCase.IncomingReferral("Arbetsförmedlingen", "Vill starta socialt företag")),
        List.of("Coompanion"), rulesOn(DAY), DAY, meta()).get().aggregate();

    var withoutParty = opened.record(new AdvisoryCase.Outcome(AdvisoryCase.OutcomeKind.REFERRAL, "", Optional.empty(),
        "adviser", DAY), false, meta());
    var referred = opened.record(new AdvisoryCase.Outcome(AdvisoryCase.OutcomeKind.REFERRAL, "Finansiering",
        Optional.of(new Referral("Allmänna arvsfonden", Referral.Kind.FUNDER, "Större projekt")), "adviser", DAY),
        true, meta()).get().aggregate();

    assertThat(withoutParty.getLeft()).isInstanceOfSatisfying(Rejection.RuleRefusal.class,
        r -> assertThat(r.ruleId()).isEqualTo("ADV-2"));
    assertThat(referred.referredFrom()).isPresent();
    assertThat(referred.outcomes()).singleElement().satisfies(o -> assertThat(o.referral()).isPresent());
    assertThat(referred.record(new AdvisoryCase.Outcome(AdvisoryCase.OutcomeKind.ADVICE_GIVEN, "x", Optional.empty(),
        "adviser", DAY), false, meta()).isLeft()).isTrue();
  }

  @Test
  void PRJ_1_a_project_is_owned_by_a_partner_and_PRJ_2_backed_only_once_anchored() {
    PartnerId owner = new PartnerId(UUID.randomUUID());
    var registered = Project.register(new ProjectId(UUID.randomUUID()), owner, " Kamratstöd ", "Unga stöttar unga",
        meta());
    Project project = registered.aggregate();

    assertThat(project.title()).isEqualTo("Kamratstöd");
    assertThat(registered.events()).singleElement().isInstanceOfSatisfying(ProjectEvent.ProjectChanged.class,
        e -> assertThat(e.owner()).isEqualTo(owner));
    assertThat(project.requestStakeholderGroup(rulesOn(DAY), DAY, meta()).getLeft())
        .isInstanceOfSatisfying(Rejection.RuleRefusal.class, r -> assertThat(r.ruleId()).isEqualTo("PRJ-2"));
    var anchored = project.anchor(DAY, meta()).aggregate();
    var backed = anchored.requestStakeholderGroup(rulesOn(DAY), DAY, meta()).get();
    assertThat(backed.aggregate().stakeholderGroup()).isTrue();
    assertThat(backed.aggregate().version()).isEqualTo(3);
    assertThat(backed.events()).singleElement().isInstanceOfSatisfying(ProjectEvent.ProjectChanged.class,
        e -> assertThat(e.anchored() && e.stakeholderGroup()).isTrue());
  }

  @Test
  void PRJ_3_a_published_call_tells_the_active_partners_whose_interests_share_a_theme() {
    PartnerId interested = new PartnerId(UUID.randomUUID());
    PartnerId withdrawn = new PartnerId(UUID.randomUUID());
    PartnerId elsewhere = new PartnerId(UUID.randomUUID());
    var interests = List.of(new ThemeInterest(interested, Set.of("Inkludering"), 1),
        new ThemeInterest(withdrawn, Set.of("inkludering"), 1), new ThemeInterest(elsewhere, Set.of("klimat"), 1));

    var published = FundingCall.publish(new FundingCallId(UUID.randomUUID()), " ESF ", "Social innovation",
        LocalDate.of(2022, 9, 30), Set.of("inkludering"), DAY, interests, partner -> !partner.equals(withdrawn),
        meta());

    assertThat(published.aggregate().funder()).isEqualTo("ESF");
    assertThat(published.events()).hasSize(2).first().isInstanceOf(ProjectEvent.CallPublished.class);
    assertThat(published.events().get(1)).isInstanceOfSatisfying(ProjectEvent.CallMatchedPartner.class,
        e -> assertThat(e.partnerId()).isEqualTo(interested));
  }

  @Test
  void PRJ_3_a_call_shares_themes_with_interests_regardless_of_case_and_PRJ_4_is_open_until_its_deadline() {
    FundingCall call = new FundingCall(new FundingCallId(UUID.randomUUID()), "ESF", "Social innovation", LocalDate.of(2022, 9, 30),
        Set.of("Sociala företag", " Inkludering "), DAY, 1);

    assertThat(call.sharedThemes(Set.of("inkludering", "klimat"))).containsExactly("inkludering");
    assertThat(call.isOpenOn(LocalDate.of(2022, 9, 30))).isTrue();
    assertThat(call.isOpenOn(LocalDate.of(2022, 10, 1))).isFalse();
  }
}

package se.psi.examples.server;

import io.vavr.control.Either;
import jakarta.validation.Validator;
import java.time.Clock;
import java.time.Instant;
import java.time.LocalDate;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.FutureTask;
import se.psi.adapters.storage.jdbc.JdbcStorage;
import se.psi.core.PsiCore;
import se.psi.core.committee.port.in.SeatCommand;
import se.psi.core.committee.port.in.TakeCommitteeSeatUseCase;
import se.psi.core.contact.port.in.ContactPersonDetails;
import se.psi.core.contact.port.in.ReportContactVacancyCommand;
import se.psi.core.contact.port.in.ReportContactVacancyUseCase;
import se.psi.core.grant.domain.Criterion;
import se.psi.core.grant.domain.GrantApplication;
import se.psi.core.grant.domain.GrantOutcome;
import se.psi.core.grant.domain.Judged;
import se.psi.core.grant.domain.MemberRole;
import se.psi.core.grant.port.in.ConflictDeclarationCommand;
import se.psi.core.grant.port.in.DecideGrantCommand;
import se.psi.core.grant.port.in.DecideGrantUseCase;
import se.psi.core.grant.port.in.DraftGrantApplicationCommand;
import se.psi.core.grant.port.in.DraftGrantApplicationUseCase;
import se.psi.core.grant.port.in.DraftProposalUseCase;
import se.psi.core.grant.port.in.GrantApplicationCommand;
import se.psi.core.grant.port.in.JudgeCriterionCommand;
import se.psi.core.grant.port.in.JudgeCriterionUseCase;
import se.psi.core.grant.port.in.MakeConflictDeclarationUseCase;
import se.psi.core.grant.port.in.MemberDetails;
import se.psi.core.grant.port.in.OpenGrantSchemeCommand;
import se.psi.core.grant.port.in.OpenGrantSchemeUseCase;
import se.psi.core.grant.port.in.ProjectDetails;
import se.psi.core.grant.port.in.ProposalCommand;
import se.psi.core.grant.port.in.RegisterDelegationCommand;
import se.psi.core.grant.port.in.RegisterDelegationUseCase;
import se.psi.core.grant.port.in.StartAssessmentCommand;
import se.psi.core.grant.port.in.StartAssessmentUseCase;
import se.psi.core.grant.port.in.SubmitGrantApplicationUseCase;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.meeting.domain.MeetingFormat;
import se.psi.core.meeting.port.in.HoldMeetingCommand;
import se.psi.core.meeting.port.in.HoldMeetingUseCase;
import se.psi.core.meeting.port.in.PlanMeetingCommand;
import se.psi.core.meeting.port.in.PlanMeetingUseCase;
import se.psi.core.meeting.port.in.PrepareMeetingCommand;
import se.psi.core.meeting.port.in.PrepareMeetingUseCase;
import se.psi.core.membership.domain.MembershipApplication;
import se.psi.core.membership.port.in.ApplyForMembershipCommand;
import se.psi.core.membership.port.in.ApplyForMembershipUseCase;
import se.psi.core.membership.port.in.BoardDecisionDetails;
import se.psi.core.membership.port.in.DecideMembershipCommand;
import se.psi.core.membership.port.in.DecideMembershipUseCase;
import se.psi.core.membership.port.in.FindPartnersQuery;
import se.psi.core.membership.port.in.FindPartnersUseCase;
import se.psi.core.membership.port.in.OrganisationDetails;
import se.psi.core.plan.domain.ActivityList;
import se.psi.core.plan.domain.ActivityStatus;
import se.psi.core.plan.domain.OperationalPlan;
import se.psi.core.plan.port.in.AddActivityCommand;
import se.psi.core.plan.port.in.AddActivityUseCase;
import se.psi.core.plan.port.in.AdoptOperationalPlanCommand;
import se.psi.core.plan.port.in.AdoptOperationalPlanUseCase;
import se.psi.core.plan.port.in.CreateOperationalPlanCommand;
import se.psi.core.plan.port.in.CreateOperationalPlanUseCase;
import se.psi.core.plan.port.in.FollowUpActivityCommand;
import se.psi.core.plan.port.in.FollowUpActivityUseCase;
import se.psi.core.project.port.in.AddToProjectBankCommand;
import se.psi.core.project.port.in.AddToProjectBankUseCase;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Actor;
import se.psi.core.shared.IdSource;
import se.psi.core.shared.Municipality;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.OrganisationNumber;
import se.psi.core.shared.PriorityArea;
import se.psi.core.shared.Role;

/**
 * The demo partnership of 2022, from the sources (../shared/seeds): the partners named there with their sectors,
 * the 2022 working committee, the operational plan 2021-2026 and its 2022 activity list with the public-dialogue
 * themes, the project bank's themes, and the grant with applications in different states. It is written through
 * the use cases, with its own clock moved through 2022, as the partnership would have written it: whichever day the
 * server runs on (PSI_TODAY), the data is that year's history. Organisation numbers are fictitious (valid check
 * digits); contact persons are invented.
 */
final class DemoData {

  static final String VERDANDI = number("802000101");
  static final String APPLICANT = number("802000909");
  static final String HANDLER = "demo-adviser-activa";
  static final String DECIDER = "demo-area-head";
  /** The last day the demo's history tells of (the year's follow-up); the server may run on any later day. */
  static final LocalDate HISTORY_ENDS = LocalDate.of(2022, 12, 15);

  private static final Actor COMMITTEE = Actor.of("demo-au-member", Role.COMMITTEE_MEMBER);
  private static final Actor ADMIN = Actor.of("demo-admin", Role.ADMINISTRATOR);

  /** The partners of the sources, with their kinds; municipalities name which one. */
  private record Party(String name, String number, OrganisationKind kind, Municipality municipality) {}

  private static final List<Party> PARTIES = List.of(
      new Party("Region Örebro län", number("232000101"), OrganisationKind.REGION, null),
      new Party("Coompanion Örebro län", number("769000102"), OrganisationKind.COOPERATIVE, null),
      new Party("Stiftelsen Activa", number("802000103"), OrganisationKind.FOUNDATION, null),
      new Party("Verdandi Örebro", VERDANDI, OrganisationKind.ASSOCIATION, null),
      new Party("Fontänhuset Örebro", number("802000105"), OrganisationKind.ASSOCIATION, null),
      new Party("Svenska kyrkan i Örebro", number("252000106"), OrganisationKind.FAITH_COMMUNITY, null),
      new Party("Örebro universitet", number("202000107"), OrganisationKind.UNIVERSITY, null),
      new Party("Möckelnföreningarna", number("802000108"), OrganisationKind.ASSOCIATION, null),
      new Party("Ljusnarsbergs kommun", number("212000109"), OrganisationKind.MUNICIPALITY,
          Municipality.LJUSNARSBERG));

  /** The 2022 working committee (001): five of civil society and the social economy, two others. */
  private static final List<String> COMMITTEE_2022 = List.of("Svenska kyrkan i Örebro", "Coompanion Örebro län",
      "Stiftelsen Activa", "Verdandi Örebro", "Fontänhuset Örebro", "Örebro universitet", "Region Örebro län");

  /** How many partners the demo data admits. */
  static int partyCount() {
    return PARTIES.size();
  }

  private final MovableClock clock = new MovableClock();
  private final PsiCore core;
  private final List<UUID> partners = new ArrayList<>();

  private DemoData(JdbcStorage storage, Validator validator) {
    this.core = PsiCore.builder().storage(storage).clock(clock).ids(IdSource.random()).validator(validator).build();
  }

  /**
   * Loads the demo data when the storage holds no partner yet; true when it did. Servers starting together on one
   * empty database each find it empty; the first party's application decides which of them loads it (MEM-3 lets an
   * organisation have one open application, held under races), and the others leave it to that one.
   */
  static boolean loadIfEmpty(JdbcStorage storage, Validator validator) {
    DemoData demo = new DemoData(storage, validator);
    long partners = ok(demo.core.useCase(FindPartnersUseCase.class).findPartners(
        new FindPartnersQuery(ADMIN, null, null, false, 0, 1))).total();
    if (partners > 0) {
      return false;
    }
    demo.clock.set("2022-01-20");
    Either<Rejection, MembershipApplication> claim = demo.apply(PARTIES.get(0));
    if (claim.isLeft()) {
      return false;
    }
    // The grant's history is written beside the rest, on a second thread with its own clock, for it reads nothing
    // the rest writes: its applicants and their project partners are no partners of the partnership, so GRA-7 finds
    // no seat for them in the working committee however far its history has come.
    FutureTask<Void> grants = new FutureTask<>(() -> {
      new DemoData(storage, validator).grants();
      return null;
    });
    new Thread(grants, "psi-demo-grants").start();
    demo.partnership(claim.get());
    try {
      grants.get();
    } catch (ExecutionException e) {
      throw e.getCause() instanceof RuntimeException failure ? failure : new IllegalStateException(e.getCause());
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("interrupted while the grants' demo data was written", e);
    }
    return true;
  }

  /**
   * The partners (the first of them applied for already), the working committee, a vacancy, the plan with its
   * meetings and activities, the project bank.
   */
  private void partnership(MembershipApplication first) {
    clock.set("2022-01-20");
    partners.add(admitted(PARTIES.get(0), first));
    for (Party party : PARTIES.subList(1, PARTIES.size())) {
      partners.add(admitted(party, ok(apply(party))));
    }
    clock.set("2022-01-25");
    for (String name : COMMITTEE_2022) {
      ok(core.useCase(TakeCommitteeSeatUseCase.class).takeCommitteeSeat(new SeatCommand(COMMITTEE,
          partners.get(indexOf(name)), null, null)));
    }
    clock.set("2022-02-01");
    ok(core.useCase(ReportContactVacancyUseCase.class).reportContactVacancy(new ReportContactVacancyCommand(ADMIN,
        partners.get(indexOf("Möckelnföreningarna")), LocalDate.of(2022, 2, 1), null)));
    planAndActivities();
    projectBank();
  }

  private Either<Rejection, MembershipApplication> apply(Party party) {
    boolean municipality = party.kind() == OrganisationKind.MUNICIPALITY;
    return core.useCase(ApplyForMembershipUseCase.class).applyForMembership(
        new ApplyForMembershipCommand(ADMIN, new OrganisationDetails(party.number(), party.name(), party.kind(),
            party.municipality()), new BoardDecisionDetails(LocalDate.of(2022, 1, 10),
                municipality ? "Kommunstyrelsen" : "Styrelsen", "§ 4"),
            new ContactPersonDetails("Kontaktperson " + party.name(), municipality ? "Utvecklingsstrateg"
                : "Samordnare", "kontakt@" + party.number().replace("-", "") + ".example.se", null, municipality),
            municipality ? "Kommunstyrelsen" : null, null));
  }

  private UUID admitted(Party party, MembershipApplication applied) {
    MembershipApplication decided = ok(core.useCase(DecideMembershipUseCase.class).decideMembership(
        new DecideMembershipCommand(COMMITTEE, applied.id().value(), null)));
    return decided.latestDecision().orElseThrow().partnerId().orElseThrow(() -> new IllegalStateException(
        party.name() + " was not admitted: " + decided.latestDecision().orElseThrow().explanation()
            .render(java.util.Locale.ENGLISH))).value();
  }

  private void planAndActivities() {
    clock.set("2022-02-15");
    OperationalPlan plan = ok(core.useCase(CreateOperationalPlanUseCase.class).createOperationalPlan(
        new CreateOperationalPlanCommand(COMMITTEE, "Verksamhetsplan 2021-2026", 2021, 2026, List.of(
            "Forum för dialog och erfarenhetsutbyte", "Samverkan kring projekt och utlysningar",
            "Råd och stöd till sociala innovationer"))));
    Meeting spring = meeting(MeetingFormat.GENERAL_MEETING, "Stormöte våren 2022", "2022-03-15",
        Municipality.OREBRO);
    ok(core.useCase(AdoptOperationalPlanUseCase.class).adoptOperationalPlan(new AdoptOperationalPlanCommand(
        COMMITTEE, plan.id().value(), spring.id().value(), null)));
    meeting(MeetingFormat.GENERAL_MEETING, "Stormöte hösten 2022", "2022-10-11", Municipality.OREBRO);
    String[][] dialogues = {{"Inkluderande arbetsmarknad", "2022-04-05", "KUMLA"},
        {"Digitalt utanförskap", "2022-05-17", "LINDESBERG"}, {"Sociala företag", "2022-09-20", "KARLSKOGA"},
        {"Delningsekonomi och cirkulär ekonomi", "2022-11-22", "HALLSBERG"}};
    for (String[] dialogue : dialogues) {
      meeting(MeetingFormat.PUBLIC_DIALOGUE, "Samhällssamtal: " + dialogue[0], dialogue[1],
          Municipality.valueOf(dialogue[2]));
    }
    clock.set(HISTORY_ENDS.toString());
    UUID planId = plan.id().value();
    activity(planId, 1, "Stormöten", "AU", 2, "2-4 stormöten under året", ActivityStatus.DONE, 2);
    activity(planId, 1, "Samhällssamtal", "Coompanion", 4, "Fyra samhällssamtal på olika teman",
        ActivityStatus.DONE, 4);
    activity(planId, 1, "Omvärldsbevakning för pågående projekt", "AU", null, "Undersöka en process",
        ActivityStatus.ONGOING, null);
    activity(planId, 2, "Informera om aktuella utlysningar", "Region Örebro län", 6, "Minst sex utskick",
        ActivityStatus.DONE, 5);
    activity(planId, 2, "Event med finansiärer", "AU", 1, "Ett event", ActivityStatus.CANCELLED, 0);
    activity(planId, 2, "Börja utveckla projektbanken", "AU", null, "En intern projektbank", ActivityStatus.DONE,
        null);
    activity(planId, 3, "Rådgivningsteamet är tillgängligt", "Coompanion, Stiftelsen Activa", 10,
        "Tio rådgivningar", ActivityStatus.DONE, 12);
    activity(planId, 3, "Presentation av sociala innovationsprojekt", "AU", 3, "Tre presentationer",
        ActivityStatus.DONE, 2);
  }

  private Meeting meeting(MeetingFormat format, String title, String date, Municipality municipality) {
    clock.set(LocalDate.parse(date).minusWeeks(4).toString());
    Meeting planned = ok(core.useCase(PlanMeetingUseCase.class).planMeeting(new PlanMeetingCommand(COMMITTEE,
        format, title, LocalDate.parse(date), municipality, false, "Arbetsutskottet")));
    if (format == MeetingFormat.PUBLIC_DIALOGUE) {
      ok(core.useCase(PrepareMeetingUseCase.class).prepareMeeting(new PrepareMeetingCommand(COMMITTEE,
          planned.id().value(), "Tema: " + title.replace("Samhällssamtal: ", ""), null, null)));
    }
    clock.set(date);
    // A general meeting records which partners came; a public dialogue is open to all and records no one.
    Set<UUID> attendance = format == MeetingFormat.GENERAL_MEETING ? Set.copyOf(partners) : Set.of();
    return ok(core.useCase(HoldMeetingUseCase.class).holdMeeting(new HoldMeetingCommand(COMMITTEE,
        planned.id().value(), attendance, List.of(), null)));
  }

  private void activity(UUID planId, int goal, String title, String responsible, Integer target,
      String description, ActivityStatus status, Integer achieved) {
    ActivityList list = ok(core.useCase(AddActivityUseCase.class).addActivity(new AddActivityCommand(COMMITTEE, 2022,
        planId, goal, title, responsible, target, description)));
    UUID activity = list.activities().get(list.activities().size() - 1).id().value();
    ok(core.useCase(FollowUpActivityUseCase.class).followUpActivity(new FollowUpActivityCommand(COMMITTEE, 2022,
        activity, status, achieved, "", null)));
  }

  private void projectBank() {
    clock.set("2022-11-01");
    for (String theme : List.of("sociala företag", "studier och arbetsmarknad", "psykisk ohälsa", "utanförskap",
        "socialt förebyggande arbete", "klimat", "landsbygdsutveckling", "inkludering och arbetsmarknad")) {
      ok(core.useCase(AddToProjectBankUseCase.class).addToProjectBank(new AddToProjectBankCommand(COMMITTEE, theme,
          "Idé om " + theme, "Från stormötets workshop hösten 2021 (aktivitetslistan 2022).", null)));
    }
  }

  private void grants() {
    clock.set("2022-01-15");
    ok(core.useCase(OpenGrantSchemeUseCase.class).openGrantScheme(new OpenGrantSchemeCommand(ADMIN, 2022, 500_000,
        10_000, 100_000, "Riktlinjer för bidrag till sociala innovationer, Kulturnämnden")));
    UUID delegation = ok(core.useCase(RegisterDelegationUseCase.class).registerDelegation(new RegisterDelegationCommand(
        ADMIN, DECIDER, "Områdeschef Kultur och ideell sektor", "Kulturnämnden", LocalDate.of(2021, 1, 1),
        null))).id().value();
    clock.set("2022-04-01");
    GrantApplication granted = submitted("Föreningen Språkvänner", number("802000201"), "Språkcafé i Hallsberg",
        80_000);
    decided(assessed(granted), delegation, GrantOutcome.GRANTED, 80_000L);
    GrantApplication rejected = submitted("Kvarterskraft Vivalla", number("802000202"),
        "Nattvandring med digitala verktyg", 60_000);
    decided(assessed(rejected), delegation, GrantOutcome.REJECTED, null);
    assessed(submitted("Lekebergs hembygdsförening", number("802000203"), "Generationsmöten på landsbygden",
        40_000));
    submitted("Fritidsbanken Kumla", number("802000204"), "Fritidsbank i Kumla", 30_000);
  }

  private GrantApplication submitted(String applicant, String number, String title, long kronor) {
    GrantApplication draft = ok(core.useCase(DraftGrantApplicationUseCase.class).draftGrantApplication(
        new DraftGrantApplicationCommand(ADMIN, 2022, new OrganisationDetails(number, applicant,
            OrganisationKind.ASSOCIATION, null), new ProjectDetails(title, "Beskrivning av " + title.toLowerCase(),
                "Ensamhet och utanförskap", "Bestående mötesplatser som drivs av deltagarna",
                List.of(new ProjectDetails.PartnerDetails("Kommunens bibliotek", null, "Avsiktsförklaring")),
                kronor, LocalDate.of(2022, 5, 1), LocalDate.of(2022, 12, 31),
                Set.of(PriorityArea.SOCIAL_COHESION_AND_DEMOCRACY)))));
    return ok(core.useCase(SubmitGrantApplicationUseCase.class).submitGrantApplication(
        new GrantApplicationCommand(ADMIN, draft.id().value(), null)));
  }

  private GrantApplication assessed(GrantApplication application) {
    UUID id = application.id().value();
    List<String> group = List.of("demo-adviser-coompanion", HANDLER, "demo-official-region");
    ok(core.useCase(StartAssessmentUseCase.class).startAssessment(new StartAssessmentCommand(
        Actor.of(HANDLER, Role.HANDLING_GROUP_MEMBER), id, List.of(
            new MemberDetails(group.get(0), MemberRole.ADVISER, PARTIES.get(1).number()),
            new MemberDetails(group.get(1), MemberRole.ADVISER, PARTIES.get(2).number()),
            new MemberDetails(group.get(2), MemberRole.REGION_OFFICIAL, PARTIES.get(0).number())), null)));
    GrantApplication judged = application;
    for (String person : group) {
      // GRA-7: each member declares that there is no jäv before judging.
      ok(core.useCase(MakeConflictDeclarationUseCase.class).makeConflictDeclaration(new ConflictDeclarationCommand(
          Actor.of(person, Role.HANDLING_GROUP_MEMBER), id, false, null, null)));
    }
    for (Criterion criterion : Criterion.values()) {
      for (String person : group) {
        judged = ok(core.useCase(JudgeCriterionUseCase.class).judgeCriterion(new JudgeCriterionCommand(
            Actor.of(person, Role.HANDLING_GROUP_MEMBER), id, criterion, Judged.MET,
            "Uppfyllt enligt ansökan och mötet med sökanden", null)));
      }
    }
    return judged;
  }

  private void decided(GrantApplication application, UUID delegation, GrantOutcome outcome, Long kronor) {
    UUID id = application.id().value();
    String reasons = outcome == GrantOutcome.GRANTED ? "Uppfyller grundkraven och riktlinjerna"
        : "Projektet är inte nytt lokalt; liknande verksamhet finns redan";
    ok(core.useCase(DraftProposalUseCase.class).draftProposal(new ProposalCommand(
        Actor.of(HANDLER, Role.HANDLING_GROUP_MEMBER), id, outcome, kronor, List.of(), reasons, null, null)));
    ok(core.useCase(DecideGrantUseCase.class).decideGrant(new DecideGrantCommand(
        Actor.of(DECIDER, Role.DELEGATED_DECIDER), id, delegation, outcome, kronor,
        outcome == GrantOutcome.GRANTED ? List.of("Redovisning senast 2023-02-28") : List.of(), reasons, null,
        List.of(HANDLER, "demo-official-region"), null)));
  }

  private static int indexOf(String name) {
    for (int i = 0; i < PARTIES.size(); i++) {
      if (PARTIES.get(i).name().equals(name)) {
        return i;
      }
    }
    throw new IllegalArgumentException(name);
  }

  private static String number(String nineDigits) {
    return OrganisationNumber.withCheckDigit(nineDigits).toString();
  }

  private static <T> T ok(Either<Rejection, T> result) {
    return result.getOrElseThrow(rejection -> new IllegalStateException("demo data refused: " + rejection));
  }

  /** The demo's clock, moved through 2022 as the partnership's year went. */
  private static final class MovableClock extends Clock {
    private volatile Instant now = Instant.parse("2022-01-01T09:00:00Z");

    void set(String date) {
      now = LocalDate.parse(date).atTime(9, 0).toInstant(ZoneOffset.UTC);
    }

    @Override
    public ZoneId getZone() {
      return ZoneId.of("Europe/Stockholm");
    }

    @Override
    public Clock withZone(ZoneId zone) {
      return this;
    }

    @Override
    public Instant instant() {
      return now;
    }
  }
}

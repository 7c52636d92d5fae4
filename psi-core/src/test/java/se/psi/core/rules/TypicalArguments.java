package se.psi.core.rules;

import static java.util.Map.entry;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import se.psi.core.grant.domain.Criterion;
import se.psi.core.grant.domain.GrantOutcome;
import se.psi.core.grant.domain.ProjectPart;
import se.psi.core.idea.domain.TriageOutcome;
import se.psi.core.meeting.domain.MeetingFormat;
import se.psi.core.meeting.domain.MeetingStatus;
import se.psi.core.plan.domain.ActivityStatus;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.Sector;

/**
 * What each placeholder of each core message holds, as the code passes it (read from the call sites), with typical
 * values to fill it. A message with placeholders that is not described here fails {@link MessageBundlesTest}: say
 * what a new message's arguments are, so it is read with them.
 */
final class TypicalArguments {

  /** The kind of value a placeholder holds; the first value is the one used while another placeholder varies. */
  record Arg(Kind kind, List<Object> values, Class<? extends Enum<?>> enumType) {
    Arg(Kind kind, Object... values) {
      this(kind, List.of(values), null);
    }
  }

  enum Kind {
    /** A word or a name shown as given: an organisation, a title, an id. */
    TEXT,
    /** A date, as a LocalDate or its ISO text. */
    DATE,
    /** A year: printed as 2025, never grouped. */
    YEAR,
    /** A figure shown bare, e.g. "(3 mot 2)" or a limit: no noun to agree with it. */
    NUMBER,
    /** A count of things named in the sentence: the noun must agree with it ("1 brist", "2 brister"). */
    COUNT,
    /** An amount in kronor: grouped by the language, "50 000 kr" and "SEK 50,000". */
    AMOUNT,
    /** An enum constant: shown by its name or a form of it, never as the constant. */
    ENUM
  }

  private static final Arg NAME = new Arg(Kind.TEXT, "Kvarterskraft Vivalla");
  private static final Arg VERSION = new Arg(Kind.TEXT, "orebro-2022");
  private static final Arg PERSON = new Arg(Kind.TEXT, "handlaggare-anna");
  private static final Arg PERSONS = new Arg(Kind.TEXT, "handlaggare-anna, handlaggare-bo");
  private static final Arg ID = new Arg(Kind.TEXT, "7c9e6679-7425-40de-944b-e07fc1f90ae7");
  private static final Arg TITLE = new Arg(Kind.TEXT, "Läxhjälp i Vivalla");
  private static final Arg LABEL = new Arg(Kind.TEXT, "Målgrupp");
  private static final Arg DATE = new Arg(Kind.DATE, LocalDate.of(2025, 3, 1));
  private static final Arg DATE_TEXT = new Arg(Kind.DATE, "2025-03-01");
  private static final Arg YEAR = new Arg(Kind.YEAR, 2025, 2021, 2100);
  private static final Arg COUNT = new Arg(Kind.COUNT, 5, 0, 1, 2);
  private static final Arg LONG_COUNT = new Arg(Kind.COUNT, 5L, 0L, 1L, 2L);
  private static final Arg NUMBER = new Arg(Kind.NUMBER, 5, 0, 1, 2);
  private static final Arg LONG_NUMBER = new Arg(Kind.NUMBER, 5L, 0L, 1L, 2L);
  private static final Arg AMOUNT = new Arg(Kind.AMOUNT, 50_000L, 0L, 1_500_000L);
  /** The half of a year: 1 for January to June, 2 for July to December. */
  private static final Arg HALF = new Arg(Kind.NUMBER, 1, 2);
  private static final Arg RANGE = new Arg(Kind.TEXT, CountRange.between(2, 4).toString(), "2");

  static Arg enumOf(Class<? extends Enum<?>> type) {
    return new Arg(Kind.ENUM, List.of((Object[]) type.getEnumConstants()), type);
  }

  /** Placeholders by message key, in argument order. */
  static final Map<String, List<Arg>> CORE = Map.ofEntries(
      entry("explanation.ruleset", List.of(VERSION, DATE_TEXT)),
      entry("organisationNumber.format", List.of(new Arg(Kind.TEXT, "80200-01234"))),
      entry("organisationNumber.notLegalPerson", List.of(new Arg(Kind.TEXT, "121212-1212"))),
      entry("organisationNumber.checkDigit", List.of(new Arg(Kind.TEXT, "802000-1235"))),
      // Bean Validation's bounds in name order: max, then min.
      entry("constraint.Size", List.of(new Arg(Kind.NUMBER, 200, 4000), new Arg(Kind.NUMBER, 0, 1))),
      entry("constraint.Size.items", List.of(new Arg(Kind.NUMBER, 20, 12), new Arg(Kind.NUMBER, 0, 1))),
      entry("constraint.Min", List.of(new Arg(Kind.YEAR, 2025L, 2000L))),
      entry("constraint.Max", List.of(new Arg(Kind.YEAR, 2025L, 2100L))),
      entry("constraint.DateInRange", List.of(new Arg(Kind.TEXT, "1900"), new Arg(Kind.TEXT, "9999"))),
      entry("ruleset.overlap", List.of(VERSION, VERSION, DATE_TEXT, new Arg(Kind.DATE, "2026-12-31", "…"))),
      entry("ruleset.duplicateVersion", List.of(VERSION)),
      entry("ruleset.gap", List.of(VERSION, VERSION, DATE_TEXT, DATE_TEXT, DATE_TEXT)),
      entry("ruleset.end", List.of(VERSION, DATE_TEXT, DATE_TEXT)),
      entry("ruleset.noRuleSets", List.of(new Arg(Kind.TEXT, "psi-orebro"))),
      entry("ruleset.declaredEnd.rulesetAfter", List.of(DATE_TEXT, VERSION)),
      entry("ruleset.declaredEnd.notALastDay", List.of(DATE_TEXT)),
      entry("ruleset.contradiction.untilBeforeFrom", List.of(VERSION, DATE_TEXT, DATE_TEXT)),
      entry("ruleset.contradiction.rangeReversed",
          List.of(VERSION, enumOf(RuleSetParameter.class), NUMBER, NUMBER)),
      entry("ruleset.contradiction.rangeNegative",
          List.of(VERSION, enumOf(RuleSetParameter.class), new Arg(Kind.NUMBER, -1, 0), NUMBER)),
      entry("ruleset.contradiction.periodNotPositive", List.of(VERSION, enumOf(RuleSetParameter.class))),
      entry("ruleset.contradiction.committeeInterval", List.of(VERSION, new Arg(Kind.NUMBER, 0, -1))),
      entry("ruleset.contradiction.afterAgreementTerm", List.of(VERSION, DATE_TEXT)),
      entry("ruleset.parameter.unknown", List.of(new Arg(Kind.TEXT, "meetingFee"))),
      entry("ruleset.parameter.missing", List.of(new Arg(Kind.TEXT, "validFrom"))),
      entry("ruleset.parameter.unreadable", List.of(new Arg(Kind.TEXT, "committeeMeetingIntervalWeeks"),
          new Arg(Kind.TEXT, "three"))),
      entry("whatIf.periodOrder", List.of(DATE, DATE)),
      entry("whatIf.unknownRuleSet", List.of(VERSION)),
      entry("ruleset.coverage.until", List.of(DATE_TEXT, DATE_TEXT)),
      entry("ruleset.coverage.untilReplaced", List.of(DATE_TEXT)),
      entry("committee.au2.noRuleSet", List.of(DATE_TEXT)),
      entry("grant.gra4.alreadyMember", List.of(PERSON)),
      entry("grant.gra5.noDelegationHeld", List.of(PERSON)),
      entry("grant.gra7.conflictStands", List.of(PERSON)),
      entry("grant.gra7.deciderDisqualified", List.of(PERSON)),
      entry("grant.gra7.deciderQualified", List.of(PERSON)),
      entry("grant.gra7.notDeclared", List.of(PERSON)),
      entry("grant.gra7.presenterDisqualified", List.of(PERSON)),
      entry("idea.ide2.alreadyTakenFurther", List.of(enumOf(TriageOutcome.class))),
      entry("idea.ide2.notTriagedTo", List.of(enumOf(TriageOutcome.class))),
      entry("contact.officialRequired", List.of(VERSION)),
      entry("contact.officialNotRequired", List.of(VERSION)),
      entry("partner.agreementEnded", List.of(DATE)),
      entry("meeting.target.halfYear.met", List.of(enumOf(MeetingFormat.class), COUNT, RANGE, HALF, YEAR)),
      entry("meeting.target.halfYear.exceeded", List.of(enumOf(MeetingFormat.class), COUNT, RANGE, HALF, YEAR)),
      entry("meeting.target.halfYear.notYet",
          List.of(enumOf(MeetingFormat.class), COUNT, COUNT, RANGE, HALF, YEAR)),
      entry("ruleset.otherPartnership", List.of(VERSION, new Arg(Kind.TEXT, "varmland"),
          new Arg(Kind.TEXT, "orebro"))),
      entry("ruleset.noneInForce", List.of(DATE_TEXT, new Arg(Kind.TEXT, "orebro"))),
      entry("membership.mem1.met", List.of(NAME, enumOf(OrganisationKind.class))),
      entry("membership.mem1.kindNotAdmitted", List.of(NAME, enumOf(OrganisationKind.class), VERSION)),
      entry("membership.mem4.met", List.of(new Arg(Kind.TEXT, "Styrelsen"), new Arg(Kind.TEXT, "§ 12"), DATE)),
      entry("membership.mem4.futureDate", List.of(DATE, DATE)),
      entry("membership.mem6.notRequired", List.of(VERSION)),
      entry("membership.mem6.met", List.of(new Arg(Kind.TEXT, "Kommunstyrelsen"))),
      entry("membership.mem6.assemblyMet", List.of(new Arg(Kind.TEXT, "Kommunstyrelsen"))),
      entry("committee.au2.notRequired", List.of(VERSION)),
      entry("committee.au2.met", List.of(COUNT, NUMBER)),
      entry("committee.au2.notMet", List.of(COUNT, NUMBER, COUNT)),
      entry("committee.au3.keepsMajority", List.of(NUMBER, NUMBER)),
      entry("committee.au3.wouldBreak", List.of(NUMBER, NUMBER)),
      entry("committee.au3.movesTowardsBalance", List.of(NUMBER, NUMBER)),
      entry("committee.au3.mustRestore", List.of(NUMBER, NUMBER, COUNT)),
      entry("meeting.target.none", List.of(enumOf(MeetingFormat.class), VERSION)),
      entry("meeting.target.met", List.of(enumOf(MeetingFormat.class), COUNT, RANGE)),
      entry("meeting.target.exceeded", List.of(enumOf(MeetingFormat.class), COUNT, RANGE)),
      entry("meeting.target.notYet", List.of(enumOf(MeetingFormat.class), COUNT, NUMBER, RANGE)),
      entry("plan.adoptedByGeneralMeeting", List.of(enumOf(MeetingFormat.class), enumOf(MeetingStatus.class))),
      entry("plan.yearOutsidePlan", List.of(YEAR, YEAR, YEAR)),
      entry("plan.unknownGoal", List.of(NUMBER, COUNT)),
      entry("plan.activity.countMet", List.of(TITLE, NUMBER, NUMBER)),
      entry("plan.activity.countNotMet", List.of(TITLE, NUMBER, NUMBER)),
      entry("plan.activity.done", List.of(TITLE)),
      entry("plan.activity.cancelled", List.of(TITLE)),
      entry("plan.activity.inProgress", List.of(TITLE, enumOf(ActivityStatus.class))),
      entry("documentation.unknownField", List.of(new Arg(Kind.TEXT, "malgrupp"), TITLE, NUMBER)),
      entry("documentation.required", List.of(LABEL)),
      entry("documentation.tooLong", List.of(LABEL, new Arg(Kind.NUMBER, 500, 2))),
      entry("documentation.notNumber", List.of(LABEL)),
      entry("documentation.notDate", List.of(LABEL)),
      entry("documentation.notBoolean", List.of(LABEL)),
      entry("documentation.notAChoice", List.of(LABEL, new Arg(Kind.TEXT, "barn, unga, vuxna"))),
      entry("grant.notFormallyEligible", List.of(COUNT)),
      entry("grant.gra1.civilSociety", List.of(NAME, enumOf(Sector.class))),
      entry("grant.gra1.notCivilSociety", List.of(NAME, enumOf(Sector.class), VERSION)),
      entry("grant.gra1.amountWithin", List.of(AMOUNT, AMOUNT, AMOUNT)),
      entry("grant.gra1.amountOutside", List.of(AMOUNT, AMOUNT, AMOUNT)),
      entry("followup.gra17.accepted", List.of(DATE)),
      entry("followup.gra17.signedBySignatory", List.of(PERSON)),
      entry("followup.gra17.notSignatory", List.of(PERSON)),
      entry("followup.gra17.payoutWithinGrant", List.of(AMOUNT, AMOUNT, AMOUNT)),
      entry("followup.gra17.payoutExceedsGrant", List.of(AMOUNT, AMOUNT, AMOUNT)),
      entry("followup.gra17.allSpent", List.of(AMOUNT)),
      entry("followup.gra17.unused", List.of(AMOUNT, AMOUNT, AMOUNT)),
      entry("followup.gra17.spentMoreThanPaid", List.of(AMOUNT, AMOUNT)),
      entry("followup.gra17.coFinancingMet", List.of(AMOUNT, AMOUNT)),
      entry("followup.gra17.coFinancingShort", List.of(AMOUNT, AMOUNT)),
      entry("followup.gra17.claimWithinPaid", List.of(AMOUNT, AMOUNT)),
      entry("followup.gra17.claimExceedsPaid", List.of(AMOUNT, AMOUNT, AMOUNT)),
      entry("grant.worklist.notHandled", List.of(enumOf(se.psi.core.grant.domain.GrantStatus.class))),
      entry("grant.gra2.missing", List.of(enumOf(ProjectPart.class))),
      entry("grant.gra2.missingAnchoring", List.of(NAME)),
      entry("grant.gra2.periodOrder", List.of(DATE, DATE)),
      entry("grant.gra3.unjudged", List.of(enumOf(Criterion.class))),
      entry("grant.gra3.met", List.of(enumOf(Criterion.class), LONG_NUMBER, LONG_NUMBER, PERSONS)),
      entry("grant.gra3.notMet", List.of(enumOf(Criterion.class), LONG_NUMBER, LONG_NUMBER, PERSONS)),
      entry("grant.gra4.composition", List.of(LONG_COUNT, LONG_COUNT)),
      entry("grant.gra4.notMember", List.of(PERSON)),
      entry("grant.gra5.delegation", List.of(new Arg(Kind.TEXT, "Områdeschef Kultur och ideell sektor"),
          new Arg(Kind.TEXT, "Kulturnämnden"), ID)),
      entry("grant.gra5.noDelegation", List.of(ID, DATE)),
      entry("grant.gra5.presenterDecides", List.of(PERSON)),
      entry("grant.gra6.amount", List.of(AMOUNT, AMOUNT)),
      entry("grant.gra6.amountWithoutGrant", List.of(enumOf(GrantOutcome.class))),
      entry("grant.gra7.disqualified", List.of(PERSON)),
      entry("grant.gra7.disqualifiedTakesPart", List.of(PERSONS)),
      entry("grant.gra10.omitted", List.of(new Arg(Kind.TEXT, "Beslutet går inte sökanden emot"))),
      entry("grant.gra10.answered", List.of(DATE, DATE)),
      entry("grant.gra10.noAnswerCame", List.of(DATE, DATE)),
      entry("grant.gra10.noAnswerRecorded", List.of(DATE, DATE)),
      entry("grant.gra10.awaitingAnswer", List.of(DATE, DATE)),
      entry("grant.gra10.timeToAnswer", List.of(DATE)),
      entry("grant.gra10.noTimeToAnswer", List.of(DATE, DATE)),
      entry("grant.gra10.deadlinePassed", List.of(DATE)),
      entry("grant.gra10.deadlineNotPassed", List.of(DATE)),
      entry("grant.gra11.tooEarly", List.of(DATE, DATE)),
      entry("grant.gra11.undecidedLongEnough", List.of(DATE, DATE)),
      entry("grant.gra12.appeal", List.of(DATE)),
      entry("grant.gra12.noAppealSetting", List.of(DATE)),
      entry("grant.gra12.dissents", List.of(COUNT)),
      entry("grant.gra12.dissenterTookNoPart", List.of(PERSONS)),
      entry("grant.gra14.revoked", List.of(ID, DATE)),
      entry("grant.gra14.inForce", List.of(ID, DATE)),
      entry("grant.gra14.notInForce", List.of(ID, DATE, DATE)),
      entry("grant.gra14.inScope", List.of(YEAR)),
      entry("grant.gra14.outOfScope", List.of(YEAR, new Arg(Kind.TEXT, "2023, 2024"))),
      entry("grant.gra14.aboveCeiling", List.of(AMOUNT, AMOUNT)),
      entry("grant.gra14.withinCeiling", List.of(AMOUNT, AMOUNT)),
      entry("grant.gra15.correction", List.of(NUMBER)),
      entry("grant.gra15.notToDetriment", List.of(NUMBER)),
      entry("grant.gra15.detrimentAllowed", List.of(new Arg(Kind.TEXT, "förvaltningslagen 37 § 2"))),
      entry("grant.gra15.toDetriment", List.of(NUMBER)),
      entry("grant.budget.exceeded", List.of(AMOUNT, AMOUNT, AMOUNT, YEAR)),
      entry("advisory.adv1.met", List.of(NAME, enumOf(Sector.class))),
      entry("advisory.adv1.notNonProfit", List.of(NAME, enumOf(Sector.class))),
      entry("project.prj1.ownerNotActive", List.of(NAME)),
      entry("project.prj2.notAnchored", List.of(TITLE)));

  /** {@code <EnumType>.<CONSTANT>.<form>}: a form of an enum's name, e.g. {@code MeetingFormat.WORKSHOP.held}. */
  private static final java.util.regex.Pattern FORM_KEY =
      java.util.regex.Pattern.compile("[A-Z][A-Za-z]*\\.[A-Z0-9_]+\\.[a-z][A-Za-z]*");

  /**
   * The placeholders of {@code key}: as described in {@link #CORE}; what would meet a rule ({@code .remedy}) has the
   * arguments of the reason it follows; a form of an enum's name that takes an argument
   * takes a count (it is asked for as {@code {0,held,1}}); anything else has none.
   */
  static List<Arg> of(String key, boolean hasPlaceholders) {
    if (key.endsWith(Messages.REMEDY)) {
      return of(key.substring(0, key.length() - Messages.REMEDY.length()), true);  // the reason's own arguments
    }
    if (CORE.containsKey(key)) {
      return CORE.get(key);
    }
    return hasPlaceholders && FORM_KEY.matcher(key).matches() ? List.of(COUNT) : List.of();
  }

  /**
   * Counts whose noun does not change in this language, so the sentence reads the same for 1 and 2 ("1 mål",
   * "2 mål"): language, key and argument index.
   */
  static final List<String> INVARIANT_NOUNS = List.of(
      "sv plan.unknownGoal 1",         // mål
      "sv grant.gra4.composition 0");  // rådgivare

  private TypicalArguments() {}
}

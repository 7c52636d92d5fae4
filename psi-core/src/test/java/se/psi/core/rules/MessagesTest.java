package se.psi.core.rules;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Locale;
import org.junit.jupiter.api.Test;
import se.psi.core.grant.domain.ProjectPart;
import se.psi.core.meeting.domain.MeetingFormat;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.Sector;

/** Sentences as people read them: plurals, years, amounts and the forms of names, in Swedish and English. */
class MessagesTest {

  private static final Messages SWEDISH = Messages.forLocale(Locale.forLanguageTag("sv"));
  private static final Messages ENGLISH = Messages.forLocale(Locale.ENGLISH);
  private static final String TARGET = CountRange.between(2, 4).toString();

  @Test
  void MTG_1_a_count_of_meetings_agrees_with_its_noun_in_both_languages() {
    assertThat(SWEDISH.format("meeting.target.met", MeetingFormat.GENERAL_MEETING, 2, TARGET))
        .isEqualTo("2 genomförda stormöten, vilket uppfyller målet 2\u20134.");
    assertThat(SWEDISH.format("meeting.target.notYet", MeetingFormat.GENERAL_MEETING, 1, 2, TARGET))
        .isEqualTo("1 genomfört stormöte (2 med de planerade) mot målet 2\u20134.");
    assertThat(SWEDISH.format("meeting.target.notYet", MeetingFormat.WORKSHOP, 1, 1, TARGET))
        .startsWith("1 genomförd utvecklingsverkstad ");
    assertThat(ENGLISH.format("meeting.target.met", MeetingFormat.GENERAL_MEETING, 2, TARGET))
        .isEqualTo("2 general meetings held, which meets the target of 2\u20134.");
    assertThat(ENGLISH.format("meeting.target.notYet", MeetingFormat.GENERAL_MEETING, 1, 1, TARGET))
        .startsWith("1 general meeting held ");
    assertThat(SWEDISH.format("meeting.target.none", MeetingFormat.COORDINATION_MEETING, "orebro-2015"))
        .isEqualTo("Regelverket orebro-2015 anger inget mål för antalet samordningsmöten.");
  }

  @Test
  void MEM_4_a_sentence_reads_the_same_each_time_in_its_own_language_and_a_missing_key_shows_itself() {
    String first = ENGLISH.format("membership.mem4.missing");

    assertThat(first).isEqualTo("The board's (or equivalent body's) decision to join is missing.");
    assertThat(ENGLISH.format("membership.mem4.missing")).isEqualTo(first);
    assertThat(SWEDISH.format("membership.mem4.missing")).startsWith("Styrelsebeslut");
    assertThat(ENGLISH.format("no.such.key")).isEqualTo("no.such.key");
    assertThat(ENGLISH.format("no.such.key")).isEqualTo("no.such.key");
  }

  @Test
  void GRA_2_the_same_sentence_with_other_values_says_them() {
    for (int round = 0; round < 2; round++) {
      assertThat(SWEDISH.format("grant.notFormallyEligible", 1)).contains("(1 brist)");
      assertThat(SWEDISH.format("grant.notFormallyEligible", 3)).contains("(3 brister)");
      assertThat(SWEDISH.format("grant.gra1.civilSociety", "Kvarterskraft Vivalla", Sector.SOCIAL_ECONOMY))
          .isEqualTo("Kvarterskraft Vivalla är en organisation i den sociala ekonomin och kan söka stödet.");
      assertThat(SWEDISH.format("grant.gra1.civilSociety", "Kvarterskraft Vivalla", Sector.CIVIL_SOCIETY))
          .isEqualTo("Kvarterskraft Vivalla är en idéburen organisation och kan söka stödet.");
    }
  }

  @Test
  void GRA_2_the_number_of_problems_agrees_with_its_noun() {
    assertThat(SWEDISH.format("grant.notFormallyEligible", 1)).contains("(1 brist)");
    assertThat(SWEDISH.format("grant.notFormallyEligible", 3)).contains("(3 brister)");
    assertThat(ENGLISH.format("grant.notFormallyEligible", 1)).contains("(1 problem)");
    assertThat(ENGLISH.format("grant.notFormallyEligible", 3)).contains("(3 problems)");
  }

  @Test
  void GRA_2_a_missing_part_of_the_project_is_named_in_words_not_by_its_field() {
    assertThat(SWEDISH.format("grant.gra2.missing", ProjectPart.PERIOD))
        .isEqualTo("Ansökan saknar projektperiod (start och slut).");
    assertThat(ENGLISH.format("grant.gra2.missing", ProjectPart.TITLE))
        .isEqualTo("The application lacks the title of the project.");
  }

  @Test
  void GRA_1_the_applicants_sector_reads_as_a_phrase_of_the_sentence() {
    assertThat(SWEDISH.format("grant.gra1.civilSociety", "Kvarterskraft Vivalla", Sector.CIVIL_SOCIETY))
        .isEqualTo("Kvarterskraft Vivalla är en idéburen organisation och kan söka stödet.");
    assertThat(SWEDISH.format("grant.gra1.civilSociety", "Coompanion Örebro län", Sector.SOCIAL_ECONOMY))
        .isEqualTo("Coompanion Örebro län är en organisation i den sociala ekonomin och kan söka stödet.");
    assertThat(ENGLISH.format("grant.gra1.civilSociety", "Kvarterskraft Vivalla", Sector.CIVIL_SOCIETY))
        .isEqualTo("Kvarterskraft Vivalla is a civil-society organisation and may apply.");
  }

  @Test
  void MEM_1_the_kind_of_organisation_takes_its_article_and_its_plural() {
    assertThat(SWEDISH.format("membership.mem1.met", "Örebro kommun", OrganisationKind.MUNICIPALITY))
        .startsWith("Örebro kommun är en kommun,");
    assertThat(SWEDISH.format("membership.mem1.met", "Svenska kyrkan i Örebro", OrganisationKind.FAITH_COMMUNITY))
        .startsWith("Svenska kyrkan i Örebro är ett trossamfund,");
    assertThat(SWEDISH.format("membership.mem1.kindNotAdmitted", "Bruksföretaget AB", OrganisationKind.COMPANY,
        "orebro-2015")).isEqualTo("Bruksföretaget AB kan inte bli part: enligt regelverket orebro-2015 kan privata"
            + " företag inte vara parter.");
    assertThat(ENGLISH.format("membership.mem1.met", "Örebro universitet", OrganisationKind.UNIVERSITY))
        .startsWith("Örebro universitet is a university or university college,");
  }

  @Test
  void ACT_1_a_year_is_written_as_a_year_and_an_amount_grouped_by_the_language() {
    assertThat(SWEDISH.format("plan.yearOutsidePlan", 2027, 2021, 2026))
        .isEqualTo("Året 2027 ligger utanför verksamhetsplanens period 2021\u20132026.");
    assertThat(ENGLISH.format("grant.budget.exceeded", 60_000L, 450_000L, 500_000L, 2025))
        .isEqualTo("The SEK 60,000 granted does not fit: SEK 450,000 of the appropriation of SEK 500,000 for 2025"
            + " is already granted.");
    assertThat(SWEDISH.format("grant.gra1.amountWithin", 40_000L, 10_000L, 100_000L))
        .isEqualTo("Sökt belopp 40\u00a0000 kr ligger inom ramen 10\u00a0000\u2013100\u00a0000 kr.");
    assertThat(SWEDISH.format("constraint.Min", 2000L)).isEqualTo("Värdet ska vara minst 2000.");
  }

  @Test
  void a_form_the_bundle_lacks_falls_back_to_the_name_and_a_missing_key_shows_itself() {
    assertThat(SWEDISH.form(OrganisationKind.MUNICIPALITY, "genitive")).isEqualTo("kommun");
    assertThat(SWEDISH.format("no.such.key", 1)).isEqualTo("no.such.key");
  }
}

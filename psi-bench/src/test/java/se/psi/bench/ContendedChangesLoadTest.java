package se.psi.bench;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** The longer run of the races still runs, for a moment; it says nothing about speed, on purpose. */
class ContendedChangesLoadTest {

  @Test
  void every_race_runs_once_and_both_registration_rates_are_reported() throws Exception {
    ContendedChangesLoad.Result result = ContendedChangesLoad.run(true);

    assertThat(result.racesRounds()).isEqualTo(1);
    assertThat(result.oneDialogue()).isPositive();
    assertThat(result.ownDialogues()).isPositive();
    assertThat(ContendedChangesLoad.table(result)).contains("registering for one dialogue vs each for its own");
  }
}

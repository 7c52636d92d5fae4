package se.psi.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class OrganisationNumberTest {

  @Test
  void accepts_the_region_of_orebro_county_written_with_or_without_hyphen() {
    assertThat(OrganisationNumber.of("232100-0164")).isEqualTo(OrganisationNumber.of("2321000164"));
    assertThat(OrganisationNumber.of("2321000164")).hasToString("232100-0164");
    assertThat(OrganisationNumber.of("232100-0164").digits()).isEqualTo("2321000164");
  }

  @Test
  void accepts_surrounding_whitespace_from_forms() {
    assertThat(OrganisationNumber.parse("  202100-2783 ").get()).hasToString("202100-2783");
  }

  @Test
  void refuses_a_wrong_check_digit_naming_the_field_and_the_check() {
    Violation violation = OrganisationNumber.parse("232100-0165", "applicant.organisationNumber").getLeft();

    assertThat(violation.ruleId()).isEqualTo(OrganisationNumber.CONSTRAINT_ID);
    assertThat(violation.field()).isEqualTo("applicant.organisationNumber");
    assertThat(violation.messageKey()).isEqualTo("organisationNumber.checkDigit");
    assertThat(violation.args()).containsExactly("232100-0165");
  }

  @Test
  void refuses_a_personal_identity_number_because_a_private_individual_is_not_a_legal_person() {
    // 811218-9876 is the Swedish tax agency's documented example of a personal identity number (valid Luhn).
    assertThat(OrganisationNumber.parse("811218-9876").getLeft().messageKey())
        .isEqualTo("organisationNumber.notLegalPerson");
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "232100", "232100-01640", "23210-00164", "2321OO-0164", "232100 0164"})
  void refuses_malformed_text_with_a_format_violation(String text) {
    assertThat(OrganisationNumber.parse(text).getLeft().messageKey()).isEqualTo("organisationNumber.format");
  }

  @Test
  void refuses_null_without_throwing() {
    assertThat(OrganisationNumber.parse(null).isLeft()).isTrue();
  }

  @Test
  void of_throws_for_invalid_trusted_input() {
    assertThatThrownBy(() -> OrganisationNumber.of("232100-0165"))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("organisationNumber.checkDigit");
  }

  @Test
  void completes_nine_digits_with_their_check_digit() {
    assertThat(OrganisationNumber.withCheckDigit("232100016")).hasToString("232100-0164");
  }
}

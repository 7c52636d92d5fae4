package se.psi.core.shared;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;
import static org.quicktheories.generators.SourceDSL.integers;

import java.util.stream.IntStream;
import org.junit.jupiter.api.Test;
import org.quicktheories.core.Gen;

class OrganisationNumberProperties {

  /** Nine digits whose third is 2-9, i.e. the payload of a legal person's number. */
  private static Gen<String> legalPersonPayloads() {
    return integers().between(0, 99).zip(integers().between(2, 9), integers().between(0, 999_999),
        (head, third, tail) -> String.format("%02d%d%06d", head, third, tail));
  }

  @Test
  void exactly_one_check_digit_completes_any_payload() {
    qt().forAll(legalPersonPayloads()).checkAssert(payload -> {
      long accepted = IntStream.rangeClosed(0, 9)
          .filter(digit -> OrganisationNumber.parse(payload + digit).isRight())
          .count();
      assertThat(accepted).isEqualTo(1);
    });
  }

  @Test
  void every_valid_number_round_trips_through_its_written_form() {
    qt().forAll(legalPersonPayloads()).checkAssert(payload -> {
      OrganisationNumber number = OrganisationNumber.withCheckDigit(payload);
      assertThat(OrganisationNumber.parse(number.toString()).get()).isEqualTo(number);
      assertThat(OrganisationNumber.parse(number.digits()).get()).isEqualTo(number);
    });
  }

  @Test
  void every_single_digit_change_is_refused() {
    qt().forAll(legalPersonPayloads(), integers().between(0, 9), integers().between(1, 9))
        .checkAssert((payload, position, shift) -> {
          String digits = OrganisationNumber.withCheckDigit(payload).digits();
          char changed = (char) ('0' + (digits.charAt(position) - '0' + shift) % 10);
          String typo = digits.substring(0, position) + changed + digits.substring(position + 1);
          assertThat(OrganisationNumber.parse(typo).isLeft()).as(typo).isTrue();
        });
  }
}

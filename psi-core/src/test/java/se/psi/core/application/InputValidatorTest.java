package se.psi.core.application;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.groups.Tuple.tuple;

import jakarta.validation.Validation;
import java.util.List;
import org.junit.jupiter.api.Test;
import se.psi.core.contact.port.in.ContactPersonDetails;
import se.psi.core.membership.port.in.ApplyForMembershipCommand;
import se.psi.core.membership.port.in.OrganisationDetails;
import se.psi.core.shared.Actor;
import se.psi.core.shared.OrganisationKind;
import se.psi.core.shared.Violation;

class InputValidatorTest {

  private final InputValidator validator =
      new InputValidator(Validation.buildDefaultValidatorFactory().getValidator());

  @Test
  void reports_every_problem_at_once_with_field_rule_key_and_bounds_in_field_order() {
    var command = new ApplyForMembershipCommand(null,
        new OrganisationDetails("811218-9876", "x".repeat(201), OrganisationKind.ASSOCIATION, null),
        null, new ContactPersonDetails("", "Samordnare", "kim@example.se", "12", false), null, null);

    List<Violation> violations = validator.validate(command).getError().asJava();

    assertThat(violations).extracting(Violation::field, Violation::ruleId, Violation::messageKey)
        .containsExactly(
            tuple("actor", "NotNull", "constraint.NotNull"),
            tuple("contactPerson.name", "NotBlank", "constraint.NotBlank"),
            tuple("contactPerson.phone", "Pattern", "constraint.Pattern"),
            tuple("organisation.name", "Size", "constraint.Size"),
            tuple("organisation.organisationNumber", "MEM-1", "membership.mem1.privateIndividual"),
            tuple("organisation.organisationNumber", "OrganisationNumberFormat",
                "organisationNumber.notLegalPerson"));
    assertThat(violations.get(3).args()).containsExactly(200, 0);
  }

  @Test
  void MEM_1_a_personal_identity_number_is_refused_as_a_private_individual_together_with_the_format_violation() {
    var command = new ApplyForMembershipCommand(Actor.of("someone"),
        new OrganisationDetails("850709-9805", "Kim Berg", OrganisationKind.ASSOCIATION, null),
        null, new ContactPersonDetails("", "Samordnare", "kim@example.se", null, false), null, null);

    List<Violation> violations = validator.validate(command).getError().asJava();

    assertThat(violations).extracting(Violation::field, Violation::ruleId, Violation::messageKey)
        .containsExactly(
            tuple("contactPerson.name", "NotBlank", "constraint.NotBlank"),
            tuple("organisation.organisationNumber", "MEM-1", "membership.mem1.privateIndividual"),
            tuple("organisation.organisationNumber", "OrganisationNumberFormat",
                "organisationNumber.notLegalPerson"));
  }

  @Test
  void MEM_1_a_number_that_is_neither_an_organisation_number_nor_a_personal_identity_number_is_only_malformed() {
    var command = new ApplyForMembershipCommand(Actor.of("someone"),
        new OrganisationDetails("851509-9805", "Verdandi", OrganisationKind.ASSOCIATION, null), null, null, null,
        null);

    assertThat(validator.validate(command).getError()).extracting(Violation::ruleId)
        .containsExactly("OrganisationNumberFormat");
  }

  @Test
  void a_valid_command_passes_unchanged() {
    var command = new ApplyForMembershipCommand(Actor.of("someone"),
        new OrganisationDetails("232100-0164", "Region Örebro län", OrganisationKind.REGION, null),
        null, null, null, null);

    assertThat(validator.validate(command).get()).isSameAs(command);
  }

  @Test
  void a_missing_command_is_one_violation_not_an_exception() {
    assertThat(validator.validate(null).getError()).singleElement()
        .satisfies(v -> assertThat(v.ruleId()).isEqualTo("NotNull"));
  }

  @Test
  void a_format_violation_carries_the_value_that_broke_it_so_its_message_can_show_it() {
    var command = new ApplyForMembershipCommand(Actor.of("admin"),
        new OrganisationDetails("123", "Verdandi", OrganisationKind.ASSOCIATION, null), null, null, null, null);

    List<Violation> violations = validator.validate(command).getError().asJava();

    assertThat(violations).filteredOn(v -> v.field().equals("organisation.organisationNumber"))
        .extracting(Violation::args).containsExactly(List.of("123"));
  }
}

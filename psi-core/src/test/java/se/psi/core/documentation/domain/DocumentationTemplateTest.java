package se.psi.core.documentation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.junit.jupiter.api.Test;
import se.psi.core.shared.PriorityArea;
import se.psi.core.shared.Violation;

class DocumentationTemplateTest {

  private final DocumentationTemplate template = DocumentationTemplate.publish("PSI-mall", 2, List.of(
      new TemplateField("targetGroup", "Målgrupp", FieldType.TEXT, true, Optional.of(10), List.of()),
      new TemplateField("participants", "Antal deltagare", FieldType.NUMBER, false, Optional.empty(), List.of()),
      new TemplateField("started", "Startdatum", FieldType.DATE, false, Optional.empty(), List.of()),
      new TemplateField("scaled", "Spridd", FieldType.BOOLEAN, false, Optional.empty(), List.of()),
      new TemplateField("phase", "Fas", FieldType.CHOICE, true, Optional.empty(), List.of("idé", "test"))),
      LocalDate.of(2022, 3, 1));

  @Test
  void DOC_1_a_record_is_checked_against_its_template_version_with_every_problem_at_once() {
    var answers = Map.of("targetGroup", "Unga vuxna i Hallsberg", "participants", "många", "started", "2022-13-01",
        "scaled", "kanske", "color", "blå");

    List<Violation> problems = template.validate(answers).getError().asJava();

    assertThat(problems).extracting(Violation::field, Violation::messageKey).containsExactlyInAnyOrder(
        tuple("answers.color", "documentation.unknownField"),
        tuple("answers.targetGroup", "documentation.tooLong"),
        tuple("answers.participants", "documentation.notNumber"),
        tuple("answers.started", "documentation.notDate"),
        tuple("answers.scaled", "documentation.notBoolean"),
        tuple("answers.phase", "documentation.required"));
    assertThat(problems).allSatisfy(v -> assertThat(v.ruleId()).isEqualTo("DOC-1"));
  }

  @Test
  void DOC_1_complete_answers_of_the_right_types_are_valid() {
    var answers = Map.of("targetGroup", "Unga", "participants", "12", "started", "2022-02-01", "scaled", "true",
        "phase", "test");

    assertThat(template.validate(answers).isValid()).isTrue();
    assertThat(template.validate(Map.of("targetGroup", "Unga", "phase", "pilot")).getError())
        .extracting(Violation::messageKey).containsExactly("documentation.notAChoice");
  }

  @Test
  void DOC_1_a_template_version_has_unique_field_keys() {
    var twice = new TemplateField("phase", "Fas", FieldType.TEXT, false, Optional.empty(), List.of());
    assertThatThrownBy(() -> DocumentationTemplate.publish("X", 1, List.of(twice, twice), LocalDate.of(2022, 1, 1)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void DOC_2_an_innovation_can_arise_in_any_sector_or_with_citizens_and_PRI_2_names_the_ten_rus_areas() {
    assertThat(InnovationOrigin.values()).extracting(Enum::name)
        .containsExactly("NON_PROFIT", "PUBLIC", "PRIVATE", "CITIZENS");
    assertThat(PriorityArea.values()).hasSize(10);
  }
}

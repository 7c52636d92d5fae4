package se.psi.core.documentation.domain;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.groups.Tuple.tuple;
import static se.psi.core.TestFacts.meta;

import io.vavr.control.Either;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Changed;
import se.psi.core.shared.PriorityArea;
import se.psi.core.shared.Violation;

class DocumentationTemplateTest {

  private final DocumentationTemplate template = DocumentationTemplate.of("PSI-mall", 2, List.of(
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
    assertThatThrownBy(() -> DocumentationTemplate.of("X", 1, List.of(twice, twice), LocalDate.of(2022, 1, 1)))
        .isInstanceOf(IllegalStateException.class);
  }

  @Test
  void DOC_1_publishing_gives_the_version_after_the_newest_and_says_so() {
    var first = DocumentationTemplate.publish("Kort mall", Optional.empty(), List.of(), LocalDate.of(2022, 3, 1),
        meta());
    var next = DocumentationTemplate.publish("PSI-mall", Optional.of(template), List.of(), LocalDate.of(2022, 4, 1),
        meta());

    assertThat(first.aggregate().id()).isEqualTo(new DocumentationTemplateId("Kort mall", 1));
    assertThat(next.aggregate().id()).hasToString("PSI-mall@3");
    assertThat(next.events()).singleElement().isInstanceOfSatisfying(DocumentationEvent.TemplatePublished.class,
        published -> assertThat(published.aggregateId()).isEqualTo("PSI-mall@3"));
  }

  @Test
  void DOC_1_an_innovation_is_documented_only_with_answers_valid_under_its_template_version() {
    var id = new InnovationRecordId(UUID.randomUUID());
    var refused = document(id, Map.of("targetGroup", "Unga"));
    var documented = document(id, Map.of("targetGroup", "Unga", "phase", "test")).get();

    assertThat(refused.getLeft()).isInstanceOfSatisfying(Rejection.InvalidInput.class,
        invalid -> assertThat(invalid.violations()).extracting(Violation::field).containsExactly("answers.phase"));
    assertThat(documented.aggregate().templateVersion()).isEqualTo(2);
    assertThat(documented.aggregate().version()).isEqualTo(1);
    assertThat(documented.events()).singleElement().isInstanceOfSatisfying(
        DocumentationEvent.InnovationDocumented.class, event -> {
          assertThat(event.recordId()).isEqualTo(id);
          assertThat(event.areas()).containsExactly(PriorityArea.HEALTH_PROMOTION_AND_CARE);
        });
  }

  private Either<Rejection, Changed<InnovationRecord>> document(InnovationRecordId id, Map<String, String> answers) {
    return InnovationRecord.document(id, template, "Ensamhet", "Språkcafé", InnovationOrigin.NON_PROFIT,
        List.of("Verdandi"), Set.of(PriorityArea.HEALTH_PROMOTION_AND_CARE), "40 deltagare", answers,
        LocalDate.of(2022, 5, 2), meta());
  }

  @Test
  void DOC_2_an_innovation_can_arise_in_any_sector_or_with_citizens_and_PRI_2_names_the_ten_rus_areas() {
    assertThat(InnovationOrigin.values()).extracting(Enum::name)
        .containsExactly("NON_PROFIT", "PUBLIC", "PRIVATE", "CITIZENS");
    assertThat(PriorityArea.values()).hasSize(10);
  }
}

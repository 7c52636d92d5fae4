package se.psi.adapters.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.quicktheories.QuickTheory.qt;

import java.sql.SQLException;
import java.time.LocalDate;
import java.util.List;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import se.psi.core.documentation.domain.DocumentationTemplate;
import se.psi.core.documentation.domain.DocumentationTemplateId;
import se.psi.core.documentation.domain.InnovationOrigin;
import se.psi.core.documentation.domain.InnovationRecord;
import se.psi.core.documentation.domain.InnovationRecordId;
import se.psi.core.shared.PriorityArea;
import se.psi.testkit.gen.DocumentationGenerators;

/** DOC-1: a record valid under template version N stays valid, and equal, when read back from storage. */
class DocumentationReadBackProperties {

  private final TestDatabases databases = new TestDatabases();

  @AfterEach
  void dropDatabases() throws SQLException {
    databases.close();
  }

  @ParameterizedTest
  @EnumSource(TestDatabases.Kind.class)
  void DOC_1_a_record_valid_under_its_template_version_stays_valid_when_read_back(TestDatabases.Kind kind) {
    JdbcStorage storage = databases.fresh(kind);
    qt().withExamples(60).forAll(DocumentationGenerators.templatesWithValidAnswers()).checkAssert(generated -> {
      // A name of its own, so that examples never meet an earlier example's template.
      var template = DocumentationTemplate.builder().from(generated.template())
          .name("Mall " + UUID.randomUUID()).build();
      storage.documentationTemplates().add(template);
      InnovationRecord record = InnovationRecord.builder().id(new InnovationRecordId(UUID.randomUUID()))
          .templateName(template.name())
          .templateVersion(template.templateVersion()).challenge("Utanförskap").innovation("Ny modell")
          .origin(InnovationOrigin.CITIZENS).actors(List.of("Medborgare i Nora"))
          .priorityAreas(Set.of(PriorityArea.SOCIAL_COHESION_AND_DEMOCRACY)).results("Resultat")
          .answers(generated.answers()).recordedOn(LocalDate.of(2022, 3, 1)).version(1).build();
      assertThat(template.validate(record.answers()).isValid()).isTrue();

      storage.innovationRecords().save(record);
      InnovationRecord readBack = storage.innovationRecords().find(record.id()).get();
      var readTemplate = storage.documentationTemplates().find(
          new DocumentationTemplateId(readBack.templateName(), readBack.templateVersion())).get();

      assertThat(readBack).isEqualTo(record);
      assertThat(readTemplate).isEqualTo(template);
      assertThat(readTemplate.validate(readBack.answers()).isValid()).isTrue();
    });
  }
}

package se.psi.testkit.contract;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static se.psi.testkit.fixtures.Fixtures.A_DAY_IN_2022;
import static se.psi.testkit.fixtures.Fixtures.aTemplate;

import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import se.psi.core.documentation.domain.DocumentationTemplateId;
import se.psi.core.documentation.domain.InnovationOrigin;
import se.psi.core.documentation.domain.InnovationRecord;
import se.psi.core.documentation.domain.InnovationRecordId;
import se.psi.core.documentation.port.out.DocumentationTemplates;
import se.psi.core.documentation.port.out.InnovationRecords;
import se.psi.core.shared.PriorityArea;
import se.psi.core.port.out.StaleVersionException;

/** The contract of the documentation ports. Return fresh, empty stores. */
public abstract class DocumentationPortsContract {

  protected abstract DocumentationTemplates templates();

  protected abstract InnovationRecords records();

  @Test
  void template_versions_are_added_once_and_found_by_version_and_as_latest() {
    DocumentationTemplates templates = templates();
    templates.add(aTemplate("PSI-mall", 1));
    templates.add(aTemplate("PSI-mall", 2));
    templates.add(aTemplate("Kort mall", 1));

    assertThat(templates.find(new DocumentationTemplateId("PSI-mall", 1)).get()).isEqualTo(aTemplate("PSI-mall", 1));
    assertThat(templates.find(new DocumentationTemplateId("PSI-mall", 3)).isEmpty()).isTrue();
    assertThat(templates.latest("Ingen mall").isEmpty()).isTrue();
    assertThat(templates.latest("PSI-mall").get().templateVersion()).isEqualTo(2);
    assertThat(templates.latestOfEach()).extracting(t -> t.name() + "@" + t.templateVersion())
        .containsExactly("Kort mall@1", "PSI-mall@2");
    assertThatThrownBy(() -> templates.add(aTemplate("PSI-mall", 2))).isInstanceOf(StaleVersionException.class);
  }

  @Test
  void a_record_is_found_as_saved_with_its_answers_and_areas() {
    InnovationRecords records = records();
    InnovationRecord record = InnovationRecord.builder().id(new InnovationRecordId(UUID.randomUUID()))
        .templateName("PSI-mall")
        .templateVersion(1).challenge("Ensamhet bland äldre").innovation("Språkcafé med äldre som värdar")
        .origin(InnovationOrigin.NON_PROFIT).actors(List.of("Verdandi", "Nora kommun"))
        .priorityAreas(Set.of(PriorityArea.SOCIAL_COHESION_AND_DEMOCRACY, PriorityArea.HEALTH_PROMOTION_AND_CARE))
        .results("40 deltagare i veckan").answers(Map.of("targetGroup", "Äldre", "phase", "test"))
        .recordedOn(A_DAY_IN_2022).version(1).build();

    records.save(record);

    assertThat(records.find(record.id()).get()).isEqualTo(record);
    assertThat(records.find(new InnovationRecordId(UUID.randomUUID())).isEmpty()).isTrue();
    assertThat(records.all()).containsExactly(record);
    assertThatThrownBy(() -> records.save(record)).isInstanceOf(StaleVersionException.class);
  }
}

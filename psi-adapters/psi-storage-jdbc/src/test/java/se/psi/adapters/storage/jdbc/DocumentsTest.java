package se.psi.adapters.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import se.psi.core.plan.domain.Goal;

/** Domain records reach a stored document only through their storage records. */
class DocumentsTest {

  @Test
  void a_domain_record_written_directly_is_refused_alone_in_a_list_or_in_a_map() {
    Goal goal = new Goal(1, "Fler mötesplatser");

    assertThatThrownBy(() -> Documents.write(goal)).hasMessageContaining("storage record");
    assertThatThrownBy(() -> Documents.write(List.of(goal))).hasMessageContaining(Goal.class.getName());
    assertThatThrownBy(() -> Documents.write(Map.of("goal", goal))).isInstanceOf(IllegalArgumentException.class);
  }

  @Test
  void plain_values_and_storage_records_are_written() {
    assertThat(Documents.write(List.of("Coompanion", "Region Örebro län"))).isEqualTo(
        "[\"Coompanion\",\"Region Örebro län\"]");
    assertThat(PlanDocuments.GOALS.write(List.of(new Goal(1, "Fler mötesplatser"))))
        .isEqualTo("[{\"number\":1,\"title\":\"Fler mötesplatser\"}]");
  }
}

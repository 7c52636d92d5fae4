package se.psi.adapters.storage.jdbc;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Every kind of JSON document stored in a column, as rows written earlier hold it: one golden file each, never
 * rewritten. A storage record whose field is renamed or removed, or a new field that old rows lack, fails here
 * before a database in use meets it. A golden file changes only with a migration of the rows it stands for.
 */
class StoredDocumentsGoldenFileTest {

  private static final Path GOLDEN = Path.of("src/test/resources/se/psi/adapters/storage/jdbc/documents");
  private static final ObjectMapper JSON = new ObjectMapper();

  static List<DocumentKind<?>> kinds() {
    return Stream.of(GrantDocuments.KINDS, MeetingDocuments.KINDS, PlanDocuments.KINDS, DocumentationDocuments.KINDS,
        CaseDocuments.KINDS, FollowUpDocuments.KINDS, List.<DocumentKind<?>>of(Json.EVALUATIONS, ReceiptDocuments.RECEIPT)).flatMap(List::stream).toList();
  }

  @TestFactory
  Stream<DynamicTest> every_golden_document_reads_and_is_written_back_as_it_was() {
    return kinds().stream().map(kind -> DynamicTest.dynamicTest(kind.name(), () -> {
      String golden = golden(kind.name());
      assertThat(JSON.readTree(writtenBack(kind, golden))).as(kind.name()).isEqualTo(JSON.readTree(golden));
    }));
  }

  @Test
  void every_kind_has_a_golden_file_and_every_golden_file_a_kind() throws IOException {
    try (Stream<Path> files = Files.list(GOLDEN)) {
      assertThat(files.map(f -> f.getFileName().toString()))
          .containsExactlyInAnyOrderElementsOf(kinds().stream().map(k -> k.name() + ".json").toList());
    }
  }

  @Test
  void a_document_whose_field_was_renamed_since_is_caught() throws IOException {
    String renamed = golden("grant_application.project").replace("\"expectedEffects\"", "\"effects\"");

    assertThatThrownBy(() -> GrantDocuments.PROJECT.read(renamed)).hasMessageContaining("does not read back");
  }

  @Test
  void a_document_missing_a_field_old_rows_had_is_caught() throws IOException {
    JsonNode member = JSON.readTree(golden("grant_application.handling_group"));
    ((com.fasterxml.jackson.databind.node.ObjectNode) member.get(0)).remove("organisation");

    assertThatThrownBy(() -> GrantDocuments.HANDLING_GROUP.read(member.toString()))
        .isInstanceOf(RuntimeException.class);
  }

  private static <D> String writtenBack(DocumentKind<D> kind, String golden) {
    return kind.write(kind.read(golden));
  }

  private static String golden(String name) throws IOException {
    try (InputStream in = StoredDocumentsGoldenFileTest.class.getResourceAsStream("documents/" + name + ".json")) {
      assertThat(in).as("golden file documents/%s.json", name).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8).strip();
    }
  }
}

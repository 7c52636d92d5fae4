package se.psi.adapters.storage.jdbc;

import com.fasterxml.jackson.core.type.TypeReference;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import se.psi.core.documentation.domain.FieldType;
import se.psi.core.documentation.domain.TemplateField;
import se.psi.core.shared.PriorityArea;

/** The JSON documents of documentation templates and innovation records, and their storage records. */
final class DocumentationDocuments {

  private DocumentationDocuments() {}

  record StoredField(String key, String label, FieldType type, boolean required, Optional<Integer> maxLength,
      List<String> choices) {}

  static final DocumentKind<List<TemplateField>> FIELDS = DocumentKind.listOf("documentation_template.fields",
      new TypeReference<List<StoredField>>() {},
      f -> new StoredField(f.key(), f.label(), f.type(), f.required(), f.maxLength(), f.choices()),
      f -> new TemplateField(f.key(), f.label(), f.type(), f.required(), f.maxLength(), f.choices()));

  /** Priority areas by name: an enum set needs no storage record of its own, but its rows are guarded too. */
  static final DocumentKind<Set<PriorityArea>> PRIORITY_AREAS = DocumentKind.of("innovation_record.priority_areas",
      new TypeReference<Set<PriorityArea>>() {}, areas -> areas, areas -> areas);

  static final List<DocumentKind<?>> KINDS = List.of(FIELDS, PRIORITY_AREAS);
}

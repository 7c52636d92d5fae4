package se.psi.testkit.memory;

import io.vavr.control.Option;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.function.BinaryOperator;
import java.util.stream.Collectors;
import se.psi.core.documentation.domain.DocumentationTemplate;
import se.psi.core.documentation.domain.DocumentationTemplateId;
import se.psi.core.documentation.port.out.DocumentationTemplates;

/** {@link DocumentationTemplates} in memory: versions are added, never changed. */
public final class InMemoryDocumentationTemplates
    extends InMemoryRepository<DocumentationTemplateId, DocumentationTemplate>
    implements DocumentationTemplates {

  public InMemoryDocumentationTemplates() {
    // Each version is stored once, as "version 1" of its own key: adding it again is refused as stale.
    super(DocumentationTemplate.TYPE, DocumentationTemplate::id, t -> 1L);
  }

  @Override
  public Option<DocumentationTemplate> find(DocumentationTemplateId id) {
    return store.find(id);
  }

  @Override
  public Option<DocumentationTemplate> latest(String name) {
    return Option.ofOptional(store.all().stream().filter(t -> t.name().equals(name))
        .max(Comparator.comparingInt(DocumentationTemplate::templateVersion)));
  }

  @Override
  public List<DocumentationTemplate> latestOfEach() {
    BinaryOperator<DocumentationTemplate> newer = (a, b) -> a.templateVersion() >= b.templateVersion() ? a : b;
    Map<String, DocumentationTemplate> latest = store.all().stream()
        .collect(Collectors.toMap(DocumentationTemplate::name, t -> t, newer));
    return latest.values().stream().sorted(Comparator.comparing(DocumentationTemplate::name)).toList();
  }

  @Override
  public void add(DocumentationTemplate template) {
    store.save(template);
  }
}

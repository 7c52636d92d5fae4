package se.psi.core.documentation.port.out;

import io.vavr.control.Option;
import java.util.List;
import se.psi.core.documentation.domain.DocumentationTemplate;
import se.psi.core.documentation.domain.DocumentationTemplateId;

/** Driven port: published template versions, which never change. */
public interface DocumentationTemplates {

  Option<DocumentationTemplate> find(DocumentationTemplateId id);

  /** The newest version of {@code name}. */
  Option<DocumentationTemplate> latest(String name);

  /** The newest version of every template, by name. */
  List<DocumentationTemplate> latestOfEach();

  /** Adds a version; one that exists already is refused with {@link se.psi.core.port.out.StaleVersionException}. */
  void add(DocumentationTemplate template);
}

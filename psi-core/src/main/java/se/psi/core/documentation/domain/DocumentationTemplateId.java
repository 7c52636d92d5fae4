package se.psi.core.documentation.domain;

import java.util.Objects;

/** Identifies one published version of a documentation template (DOC-1): its name and its version number. */
public record DocumentationTemplateId(String name, int version) {

  public DocumentationTemplateId {
    Objects.requireNonNull(name, "name");
  }

  /** As events and the audit log name a template version, e.g. {@code PSI-mall@2}. */
  @Override
  public String toString() {
    return name + "@" + version;
  }
}

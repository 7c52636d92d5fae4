package se.psi.core.documentation.domain;

import java.util.List;
import java.util.Objects;
import java.util.Optional;

/**
 * DOC-1: one field of a documentation template.
 *
 * @param key the answer's key, e.g. {@code targetGroup}
 * @param label what the field asks, as shown to people
 * @param maxLength for TEXT, the longest answer
 * @param choices for CHOICE, the allowed answers
 */
public record TemplateField(String key, String label, FieldType type, boolean required, Optional<Integer> maxLength,
    List<String> choices) {

  public TemplateField {
    Objects.requireNonNull(key, "key");
    Objects.requireNonNull(label, "label");
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(maxLength, "maxLength");
    choices = List.copyOf(choices);
    if (type == FieldType.CHOICE && choices.isEmpty()) {
      throw new IllegalArgumentException("a CHOICE field needs choices: " + key);
    }
  }
}

package se.psi.core.documentation.port.in;

import jakarta.validation.Valid;
import jakarta.validation.constraints.AssertTrue;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Pattern;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;
import se.psi.core.documentation.domain.FieldType;
import se.psi.core.shared.Actor;

/** DOC-1: publishes the next version of a template (version 1 when the name is new). */
public record PublishTemplateCommand(
    @NotNull Actor actor,
    @NotBlank @Size(max = 100) String name,
    @NotNull @Size(max = 50) List<@Valid @NotNull Field> fields) {

  /** A field as given. */
  public record Field(
      @NotBlank @Pattern(regexp = "[a-z][A-Za-z0-9]{0,49}") String key,
      @NotBlank @Size(max = 300) String label,
      @NotNull FieldType type,
      boolean required,
      @Positive Integer maxLength,
      @NotNull @Size(max = 50) List<@NotBlank @Size(max = 200) String> choices) {

    @AssertTrue(message = "{documentation.choicesForChoice}")
    public boolean isChoicesFitType() {
      return (type == FieldType.CHOICE) == (choices != null && !choices.isEmpty());
    }
  }

  @AssertTrue(message = "{documentation.uniqueKeys}")
  public boolean isKeysUnique() {
    return fields == null || fields.stream().map(f -> f == null ? null : f.key()).distinct().count() == fields.size();
  }
}

package se.psi.core.documentation.domain;

import io.vavr.collection.Seq;
import io.vavr.control.Validation;
import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;
import se.psi.core.shared.Changed;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.PsiStyle;
import se.psi.core.shared.Violation;

/**
 * DOC-1: an agreed template for documenting a social innovation: a named, versioned set of fields. A published
 * version never changes; changing the template publishes the next version, and a record stays tied to the version it
 * was written under.
 */
@Value.Immutable
@PsiStyle
public abstract class DocumentationTemplate {

  /** The resource type as the audit log, refusals and events name it. */
  public static final String TYPE = "DocumentationTemplate";

  public abstract String name();

  public abstract int templateVersion();

  public abstract List<TemplateField> fields();

  public abstract LocalDate publishedOn();

  @Value.Check
  protected void check() {
    var keys = new HashSet<String>();
    for (TemplateField field : fields()) {
      if (!keys.add(field.key())) {
        throw new IllegalStateException("field " + field.key() + " appears twice in template " + name());
      }
    }
    if (templateVersion() < 1) {
      throw new IllegalStateException("template versions start at 1");
    }
  }

  public DocumentationTemplateId id() {
    return new DocumentationTemplateId(name(), templateVersion());
  }

  /**
   * DOC-1: publishes the next version of the template {@code name} on {@code on}: version 1 when there is none yet
   * ({@code latest} empty), else the one after {@code latest}.
   */
  public static Changed<DocumentationTemplate> publish(String name, Optional<DocumentationTemplate> latest,
      List<TemplateField> fields, LocalDate on, Supplier<EventMeta> meta) {
    int version = latest.map(template -> template.templateVersion() + 1).orElse(1);
    return Changed.of(of(name, version, fields, on),
        List.of(new DocumentationEvent.TemplatePublished(meta.get(), name, version)));
  }

  /** A template version as it was published: for adapters reading one back, and for fixtures. */
  public static DocumentationTemplate of(String name, int version, List<TemplateField> fields, LocalDate on) {
    return ImmutableDocumentationTemplate.builder().name(name).templateVersion(version).fields(fields)
        .publishedOn(on).build();
  }

  /** DOC-1: checks answers against this version, reporting every problem at once under {@code answers.<key>}. */
  public Validation<Seq<Violation>, Map<String, String>> validate(Map<String, String> answers) {
    List<Violation> problems = new ArrayList<>();
    for (String key : answers.keySet()) {
      if (fields().stream().noneMatch(field -> field.key().equals(key))) {
        problems.add(violation(key, "documentation.unknownField", key, name(), templateVersion()));
      }
    }
    for (TemplateField field : fields()) {
      String answer = answers.get(field.key());
      if (answer == null || answer.isBlank()) {
        if (field.required()) {
          problems.add(violation(field.key(), "documentation.required", field.label()));
        }
        continue;
      }
      problem(field, answer).ifPresent(problems::add);
    }
    return problems.isEmpty() ? Validation.valid(answers) : Validation.invalid(io.vavr.collection.List.ofAll(problems));
  }

  private static Optional<Violation> problem(TemplateField field, String answer) {
    return switch (field.type()) {
      case TEXT -> field.maxLength().filter(max -> answer.length() > max)
          .map(max -> violation(field.key(), "documentation.tooLong", field.label(), max));
      case NUMBER -> answer.strip().matches("-?\\d+([.,]\\d+)?") ? Optional.empty()
          : Optional.of(violation(field.key(), "documentation.notNumber", field.label()));
      case DATE -> isDate(answer) ? Optional.empty()
          : Optional.of(violation(field.key(), "documentation.notDate", field.label()));
      case BOOLEAN -> answer.equals("true") || answer.equals("false") ? Optional.empty()
          : Optional.of(violation(field.key(), "documentation.notBoolean", field.label()));
      case CHOICE -> field.choices().contains(answer) ? Optional.empty()
          : Optional.of(violation(field.key(), "documentation.notAChoice", field.label(),
              String.join(", ", field.choices())));
    };
  }

  private static boolean isDate(String answer) {
    try {
      LocalDate.parse(answer.strip());
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }

  private static Violation violation(String key, String messageKey, Object... args) {
    return Violation.of("DOC-1", "answers." + key, messageKey, args);
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a template from stored state. */
  public static final class Builder extends ImmutableDocumentationTemplate.Builder {}
}

package se.psi.core.documentation.domain;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Supplier;
import org.immutables.value.Value;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Changed;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.PriorityArea;
import se.psi.core.shared.PsiStyle;

/**
 * DOC-1, DOC-2: a documented social innovation: the societal challenge, the new idea, service or model that meets
 * it, where it arose, who took part, the RUS priority areas it serves (PRI-2) and its results, plus the answers to
 * the template version it was written under.
 */
@Value.Immutable
@PsiStyle
public abstract class InnovationRecord {

  /** The resource type as the audit log, refusals and events name it. */
  public static final String TYPE = "InnovationRecord";

  public abstract InnovationRecordId id();

  public abstract String templateName();

  public abstract int templateVersion();

  public abstract String challenge();

  /** The new idea, service or model (DOC-2). */
  public abstract String innovation();

  public abstract InnovationOrigin origin();

  /** The organisations (or groups) that took part. */
  public abstract List<String> actors();

  public abstract Set<PriorityArea> priorityAreas();

  public abstract String results();

  public abstract Map<String, String> answers();

  public abstract LocalDate recordedOn();

  public abstract long version();

  /**
   * DOC-1, DOC-2: a social innovation documented on {@code on} under {@code template}, whose version checks the
   * answers (every problem at once, as invalid input); the event names where it arose and the areas it serves.
   */
  public static Either<Rejection, Changed<InnovationRecord>> document(InnovationRecordId id,
      DocumentationTemplate template, String challenge, String innovation, InnovationOrigin origin,
      List<String> actors, Set<PriorityArea> priorityAreas, String results, Map<String, String> answers,
      LocalDate on, Supplier<EventMeta> meta) {
    return template.validate(answers).toEither()
        .<Rejection>mapLeft(problems -> new Rejection.InvalidInput(problems.asJava()))
        .map(valid -> {
          InnovationRecord record = builder().id(id).templateName(template.name())
              .templateVersion(template.templateVersion()).challenge(challenge).innovation(innovation)
              .origin(origin).actors(actors).priorityAreas(priorityAreas).results(results)
              .answers(new TreeMap<>(valid)).recordedOn(on).version(1).build();
          return Changed.of(record, List.of(new DocumentationEvent.InnovationDocumented(meta.get(), id, origin,
              priorityAreas)));
        });
  }

  /** For adapters that read a record back from storage; a record is made by {@link #document}. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a record. */
  public static final class Builder extends ImmutableInnovationRecord.Builder {}
}

package se.psi.core.documentation.domain;

import java.time.LocalDate;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import org.immutables.value.Value;
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

  public abstract UUID id();

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

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a record. */
  public static final class Builder extends ImmutableInnovationRecord.Builder {}
}

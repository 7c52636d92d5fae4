package se.psi.core.plan.domain;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;
import se.psi.core.meeting.domain.Meeting;
import se.psi.core.meeting.domain.MeetingId;
import se.psi.core.rules.RuleSet;
import se.psi.core.rules.Rules;
import se.psi.core.shared.Changed;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.PsiStyle;
import se.psi.core.rules.Rejection;

/** The multi-year operational plan with its goals (ACT-1), adopted by a general meeting (MTG-1). */
@Value.Immutable
@PsiStyle
public abstract class OperationalPlan {

  /** The resource type as the audit log, refusals and events name it. */
  public static final String TYPE = "OperationalPlan";

  public abstract OperationalPlanId id();

  public abstract String title();

  public abstract int fromYear();

  public abstract int toYear();

  public abstract List<Goal> goals();

  /** The general meeting that adopted the plan, and when. */
  public abstract Optional<MeetingId> adoptedBy();

  public abstract Optional<LocalDate> adoptedOn();

  public abstract long version();

  @Value.Check
  protected void check() {
    if (toYear() < fromYear()) {
      throw new IllegalStateException("a plan ends after it starts: " + fromYear() + "-" + toYear());
    }
  }

  /** ACT-1: a plan for a period, with its goals, drafted for a general meeting to adopt. Nothing is published yet. */
  public static Changed<OperationalPlan> draft(OperationalPlanId id, String title, int fromYear, int toYear,
      List<Goal> goals, Supplier<EventMeta> meta) {
    return Changed.of(ImmutableOperationalPlan.builder().id(id).title(title).fromYear(fromYear).toYear(toYear)
        .goals(goals).version(1).build(), List.of(new PlanEvent.OperationalPlanDrafted(meta.get(), id, fromYear,
        toYear)));
  }

  public boolean covers(int year) {
    return year >= fromYear() && year <= toYear();
  }

  public Optional<Goal> goal(int number) {
    return goals().stream().filter(goal -> goal.number() == number).findFirst();
  }

  /** MTG-1: the operational plan is adopted by a general meeting that has been held. */
  public Either<Rejection, Changed<OperationalPlan>> adoptAt(Meeting meeting, RuleSet ruleSet,
      Supplier<EventMeta> meta) {
    if (adoptedBy().isPresent()) {
      return Either.left(new Rejection.IllegalState(TYPE, id().toString(), "ADOPTED", "plan.alreadyAdopted"));
    }
    return Rules.require(PlanRules.ADOPTION, meeting, ruleSet, meeting.date())
        .map(held -> Changed.of(ImmutableOperationalPlan.builder().from(this).adoptedBy(meeting.id())
            .adoptedOn(meeting.date()).version(version() + 1).build(),
            List.of(new PlanEvent.OperationalPlanAdopted(meta.get(), id(), meeting.id(), meeting.date()))));
  }

  /** For adapters that read a plan back from storage; a change goes through the methods above. */
  public static Builder builder() {
    return new Builder();
  }

  /** Builds a plan from stored state. */
  public static final class Builder extends ImmutableOperationalPlan.Builder {}
}

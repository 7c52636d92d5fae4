package se.psi.core.project.domain;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import org.immutables.value.Value;
import se.psi.core.rules.RuleSet;
import se.psi.core.rules.Rules;
import se.psi.core.shared.Changed;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.PartnerId;
import se.psi.core.shared.PsiStyle;
import se.psi.core.rules.Rejection;

/**
 * PRJ-1, PRJ-2: a project is owned by one partner in its own name; the partnership never owns or takes part in one.
 * The whole partnership can back it as reference (stakeholder) group once the idea is anchored with the working
 * committee.
 */
@Value.Immutable
@PsiStyle
public abstract class Project {

  public static final String TYPE = "Project";

  public abstract ProjectId id();

  /** PRJ-1: the partner that runs the project in its own name. */
  public abstract PartnerId owner();

  public abstract String title();

  public abstract String description();

  /** PRJ-2: the day the idea was anchored with the working committee. */
  public abstract Optional<LocalDate> anchoredOn();

  /** PRJ-2: the partnership is the project's reference group. */
  public abstract boolean stakeholderGroup();

  public abstract long version();

  /** PRJ-1: {@code owner} registers a project it runs in its own name; not yet anchored, nor backed. */
  public static Changed<Project> register(ProjectId id, PartnerId owner, String title, String description,
      Supplier<EventMeta> meta) {
    Project project = builder().id(id).owner(owner).title(title.strip()).description(description.strip())
        .stakeholderGroup(false).version(1).build();
    return project.changed(meta);
  }

  /** PRJ-2: the working committee anchored the project on {@code on}. */
  public Changed<Project> anchor(LocalDate on, Supplier<EventMeta> meta) {
    return ImmutableProject.builder().from(this).anchoredOn(on).version(version() + 1).build().changed(meta);
  }

  /** PRJ-2: the owner asks for the partnership as reference group; refused while the idea is not anchored. */
  public Either<Rejection, Changed<Project>> requestStakeholderGroup(RuleSet ruleSet, LocalDate on,
      Supplier<EventMeta> meta) {
    return withStakeholderGroup(ruleSet, on).map(project -> project.changed(meta));
  }

  private Changed<Project> changed(Supplier<EventMeta> meta) {
    return Changed.of(this, List.of(new ProjectEvent.ProjectChanged(meta.get(), id(), owner(),
        anchoredOn().isPresent(), stakeholderGroup())));
  }

  /** PRJ-2: refused, with the reason, while the idea is not anchored with the working committee. */
  private Either<Rejection, Project> withStakeholderGroup(RuleSet ruleSet, LocalDate on) {
    return Rules.require(ProjectRules.STAKEHOLDER_GROUP, this, ruleSet, on)
        .map(anchored -> ImmutableProject.builder().from(this).stakeholderGroup(true).version(version() + 1).build());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a project from stored state. */
  public static final class Builder extends ImmutableProject.Builder {}
}

package se.psi.core.project.domain;

import io.vavr.control.Either;
import java.time.LocalDate;
import java.util.Optional;
import java.util.UUID;
import org.immutables.value.Value;
import se.psi.core.rules.RuleSet;
import se.psi.core.rules.Rules;
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

  public abstract UUID id();

  /** PRJ-1: the partner that runs the project in its own name. */
  public abstract PartnerId owner();

  public abstract String title();

  public abstract String description();

  /** PRJ-2: the day the idea was anchored with the working committee. */
  public abstract Optional<LocalDate> anchoredOn();

  /** PRJ-2: the partnership is the project's reference group. */
  public abstract boolean stakeholderGroup();

  public abstract long version();

  public Project anchored(LocalDate on) {
    return ImmutableProject.builder().from(this).anchoredOn(on).version(version() + 1).build();
  }

  /** PRJ-2: refused, with the reason, while the idea is not anchored with the working committee. */
  public Either<Rejection, Project> withStakeholderGroup(RuleSet ruleSet, LocalDate on) {
    return Rules.require(ProjectRules.STAKEHOLDER_GROUP, this, ruleSet, on)
        .map(anchored -> ImmutableProject.builder().from(this).stakeholderGroup(true).version(version() + 1).build());
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a project. */
  public static final class Builder extends ImmutableProject.Builder {}
}

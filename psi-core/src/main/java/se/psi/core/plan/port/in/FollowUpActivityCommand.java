package se.psi.core.plan.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import se.psi.core.plan.domain.ActivityStatus;
import se.psi.core.shared.Actor;

/** ACT-2: records how an activity of the year went. */
public record FollowUpActivityCommand(
    @NotNull Actor actor,
    @Min(2000) @Max(2100) int year,
    @NotNull UUID activityId,
    @NotNull ActivityStatus status,
    @PositiveOrZero Integer achievedCount,
    @Size(max = 2000) String note,
    @Positive Long expectedVersion) {}

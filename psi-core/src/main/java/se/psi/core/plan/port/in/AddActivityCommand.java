package se.psi.core.plan.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.PositiveOrZero;
import jakarta.validation.constraints.Size;
import java.util.UUID;
import se.psi.core.shared.Actor;

/**
 * ACT-1: adds an activity to the year's list (created on the first one) under a goal of the plan.
 *
 * @param targetCount a countable target, e.g. 4 public dialogues; null for a target in words only
 */
public record AddActivityCommand(
    @NotNull Actor actor,
    @Min(2000) @Max(2100) int year,
    @NotNull UUID planId,
    @Min(1) int goal,
    @NotBlank @Size(max = 300) String title,
    @NotBlank @Size(max = 200) String responsible,
    @PositiveOrZero Integer targetCount,
    @NotBlank @Size(max = 1000) String targetDescription) {}

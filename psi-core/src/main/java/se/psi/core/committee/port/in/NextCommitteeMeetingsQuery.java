package se.psi.core.committee.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import java.time.LocalDate;
import se.psi.core.shared.Actor;

/**
 * The next committee meetings (AU-4).
 *
 * @param firstMeeting a meeting the cadence counts from
 * @param from the first day to look from; today when null
 * @param count how many dates, 1 to 52
 */
public record NextCommitteeMeetingsQuery(
    @NotNull Actor actor,
    @NotNull LocalDate firstMeeting,
    LocalDate from,
    @Min(1) @Max(52) int count) {}

package se.psi.core.meeting.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.Min;
import jakarta.validation.constraints.NotNull;
import se.psi.core.meeting.domain.MeetingFormat;
import se.psi.core.shared.Actor;

/**
 * A year's meetings.
 *
 * @param format only this format; null for all
 */
public record MeetingYearQuery(@NotNull Actor actor, @Min(2000) @Max(2100) int year, MeetingFormat format) {}

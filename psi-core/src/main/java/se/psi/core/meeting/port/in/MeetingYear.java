package se.psi.core.meeting.port.in;

import se.psi.core.meeting.domain.Coverage;
import se.psi.core.meeting.domain.YearTargets;

/** A year's meetings against the targets of that year's ruleset, and where in the county they took place. */
public record MeetingYear(YearTargets targets, Coverage coverage) {}

package se.psi.core.grant.domain;

import java.time.LocalDate;

/** GRA-4: a meeting of the handling group with the applicant. */
public record ApplicantMeeting(LocalDate date, String note) {}

package se.psi.core.grant.domain;

import java.time.LocalDate;

/** GRA-6: the handling group asked the applicant to complete the application. */
public record CompletionRequest(LocalDate on, String what, String by) {}

package se.psi.core.membership.domain;

import java.time.LocalDate;

/** What the membership rules look at: the application as it stands, on the decision date. */
public record MembershipFacts(MembershipApplication application, LocalDate decisionDate) {}

package se.psi.core.grant.domain;

/** GRA-6: what the decision is. A referral can accompany a rejection or stand alone. */
public enum GrantOutcome { GRANTED, REJECTED, REFERRED }

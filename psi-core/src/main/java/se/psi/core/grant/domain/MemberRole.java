package se.psi.core.grant.domain;

/** GRA-4: an adviser from the advisory team, or the Region's official. */
public enum MemberRole { ADVISER, REGION_OFFICIAL }

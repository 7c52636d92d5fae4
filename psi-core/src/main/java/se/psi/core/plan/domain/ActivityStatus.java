package se.psi.core.plan.domain;

/** Where an activity of the year's list stands. */
public enum ActivityStatus { PLANNED, ONGOING, DONE, CANCELLED }

package se.psi.core.idea.domain;

/** IDE-1: who brought the idea. */
public enum IdeaSource { CITIZEN, EMPLOYEE, POLITICIAN, ORGANISATION }

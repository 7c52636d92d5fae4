package se.psi.core.grant.domain;

/** A handling-group member's judgement of a criterion. */
public enum Judged { MET, NOT_MET }

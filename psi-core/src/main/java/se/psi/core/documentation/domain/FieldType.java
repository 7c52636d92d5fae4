package se.psi.core.documentation.domain;

/** The kinds of answer a template field takes. */
public enum FieldType { TEXT, NUMBER, DATE, BOOLEAN, CHOICE }

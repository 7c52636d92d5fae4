package se.psi.core.idea.domain;

/** IDE-2: what became of an idea. */
public enum TriageOutcome { TO_ADVICE, TO_PROJECT_BANK, TO_PUBLIC_DIALOGUE_THEME, NOT_TAKEN_FURTHER }

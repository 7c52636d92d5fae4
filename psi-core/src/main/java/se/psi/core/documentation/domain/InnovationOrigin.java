package se.psi.core.documentation.domain;

/** DOC-2: a social innovation can arise in the non-profit, public or private sector, or with individual citizens. */
public enum InnovationOrigin { NON_PROFIT, PUBLIC, PRIVATE, CITIZENS }

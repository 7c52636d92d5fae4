package se.psi.core.grant.domain;

/** GRA-12 (förvaltningslagen 30 §): a dissenting opinion of someone who took part in the decision. */
public record Dissent(String personId, String opinion) {}

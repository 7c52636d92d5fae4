package se.psi.core.grant.domain;

import java.util.Objects;

/**
 * GRA-9: which parts of a case are under secrecy, and on what ground (offentlighets- och sekretesslagen 5 kap. 1-2
 * §§), as the officer enters them, e.g. parts "Budgetbilagan", ground "sekretess enligt OSL 30 kap. 23 §". The marking
 * is a note for whoever handles a request for the case's documents; the secrecy itself is judged at each request.
 */
public record SecrecyMarking(String parts, String ground) {

  public SecrecyMarking {
    Objects.requireNonNull(parts, "parts");
    Objects.requireNonNull(ground, "ground");
  }
}

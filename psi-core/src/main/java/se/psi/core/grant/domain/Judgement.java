package se.psi.core.grant.domain;

import java.time.LocalDate;
import java.util.Objects;

/** GRA-3: one member's judgement, with the reasoning that makes it explainable. */
public record Judgement(Criterion criterion, String personId, Judged verdict, String reasoning, LocalDate on) {
  public Judgement {
    Objects.requireNonNull(criterion, "criterion");
    Objects.requireNonNull(personId, "personId");
    Objects.requireNonNull(verdict, "verdict");
    Objects.requireNonNull(reasoning, "reasoning");
    Objects.requireNonNull(on, "on");
  }
}

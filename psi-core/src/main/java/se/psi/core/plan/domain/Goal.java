package se.psi.core.plan.domain;

import java.util.Objects;

/** A goal of the operational plan, e.g. 1 "forum for dialogue" (ACT-1). */
public record Goal(int number, String title) {

  public Goal {
    Objects.requireNonNull(title, "title");
    if (number < 1) {
      throw new IllegalArgumentException("goals are numbered from 1");
    }
  }
}

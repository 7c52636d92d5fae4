package se.psi.core.plan.domain;

import java.util.List;
import java.util.Objects;
import java.util.stream.IntStream;

/** A goal of the operational plan, e.g. 1 "forum for dialogue" (ACT-1). */
public record Goal(int number, String title) {

  public Goal {
    Objects.requireNonNull(title, "title");
    if (number < 1) {
      throw new IllegalArgumentException("goals are numbered from 1");
    }
  }

  /** Goals with these titles, numbered 1, 2, ... in the order given. */
  public static List<Goal> numbered(List<String> titles) {
    return IntStream.range(0, titles.size()).mapToObj(i -> new Goal(i + 1, titles.get(i))).toList();
  }
}

package se.psi.core.idea.application;

import se.psi.core.application.Aggregates;
import se.psi.core.idea.domain.Idea;
import se.psi.core.idea.domain.IdeaId;
import se.psi.core.idea.port.out.Ideas;

/** Ideas as the change skeleton reaches them: no organisation owns an idea. */
final class IdeaAggregates {

  static final String TYPE = "Idea";

  private IdeaAggregates() {}

  static Aggregates<Idea, IdeaId> of(Ideas ideas) {
    return Aggregates.unowned(TYPE, IdeaId::new, ideas::find, ideas::save, Idea::version);
  }
}

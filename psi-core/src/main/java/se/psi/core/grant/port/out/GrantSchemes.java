package se.psi.core.grant.port.out;

import io.vavr.control.Option;
import java.util.List;
import se.psi.core.grant.domain.GrantScheme;

/** Driven port: one grant scheme per year, with optimistic locking (the granted sum is updated by decisions). */
public interface GrantSchemes {

  Option<GrantScheme> find(int year);

  List<GrantScheme> all();

  void save(GrantScheme scheme);
}

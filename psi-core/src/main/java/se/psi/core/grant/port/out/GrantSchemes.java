package se.psi.core.grant.port.out;

import io.vavr.control.Option;
import java.util.List;
import se.psi.core.grant.domain.GrantScheme;
import se.psi.core.grant.domain.SchemeSetting;

/** Driven port: one grant scheme per year, with optimistic locking (the granted sum is updated by decisions). */
public interface GrantSchemes {

  Option<GrantScheme> find(int year);

  List<GrantScheme> all();

  void save(GrantScheme scheme);

  /** GRA-11, GRA-12: the scheme's dated settings, oldest first. */
  List<SchemeSetting> settings();

  /** Adds a setting; a setting is never changed once added (version 1 only). */
  void save(SchemeSetting setting);
}

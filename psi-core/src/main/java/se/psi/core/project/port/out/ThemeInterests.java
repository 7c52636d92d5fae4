package se.psi.core.project.port.out;

import io.vavr.control.Option;
import java.util.List;
import se.psi.core.project.domain.ThemeInterest;
import se.psi.core.shared.PartnerId;

/** PRJ-3: partners' themes of interest.  Saves with optimistic locking (version 1 is new). */
public interface ThemeInterests {
  Option<ThemeInterest> find(PartnerId partner);

  List<ThemeInterest> all();

  void save(ThemeInterest interest);
}

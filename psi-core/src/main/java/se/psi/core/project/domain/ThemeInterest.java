package se.psi.core.project.domain;

import io.vavr.control.Option;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Supplier;
import se.psi.core.shared.Changed;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.PartnerId;

/** PRJ-3: the themes a partner wants to hear of calls about. */
public record ThemeInterest(PartnerId partner, Set<String> themes, long version) {

  public static final String TYPE = "ThemeInterest";

  public ThemeInterest {
    Objects.requireNonNull(partner, "partner");
    themes = Themes.normalised(themes);
  }

  /** PRJ-3: the partner's themes, replacing {@code earlier} ones if it had any; an empty set asks for none. */
  public static Changed<ThemeInterest> register(PartnerId partner, Set<String> themes, Option<ThemeInterest> earlier,
      Supplier<EventMeta> meta) {
    long version = earlier.map(ThemeInterest::version).getOrElse(0L) + 1;
    ThemeInterest registered = new ThemeInterest(partner, themes, version);
    return Changed.of(registered, List.of(new ProjectEvent.ThemeInterestRegistered(meta.get(), partner,
        registered.themes())));
  }
}

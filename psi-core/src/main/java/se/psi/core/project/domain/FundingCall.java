package se.psi.core.project.domain;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;
import java.util.function.Predicate;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import se.psi.core.shared.Changed;
import se.psi.core.shared.DomainEvent;
import se.psi.core.shared.EventMeta;
import se.psi.core.shared.PartnerId;

/**
 * PRJ-3: a national or European funding call the committee tells the parties of.
 *
 * @param themes the call's themes, normalised with {@link Themes#normalised(Set)}
 */
public record FundingCall(FundingCallId id, String funder, String programme, LocalDate deadline, Set<String> themes,
    LocalDate publishedOn, long version) {

  public static final String TYPE = "FundingCall";

  public FundingCall {
    Objects.requireNonNull(id, "id");
    Objects.requireNonNull(funder, "funder");
    Objects.requireNonNull(programme, "programme");
    Objects.requireNonNull(deadline, "deadline");
    themes = Themes.normalised(themes);
    Objects.requireNonNull(publishedOn, "publishedOn");
  }

  /**
   * PRJ-3: the committee publishes a call on {@code on}; every partner whose interests share a theme with it, and
   * that is a party that day ({@code activeOn}: not withdrawn, agreement not ended, MEM-7, MEM-8), is to be told.
   */
  public static Changed<FundingCall> publish(FundingCallId id, String funder, String programme, LocalDate deadline,
      Set<String> themes, LocalDate on, List<ThemeInterest> interests, Predicate<PartnerId> activeOn,
      Supplier<EventMeta> meta) {
    FundingCall call = new FundingCall(id, funder.strip(), programme.strip(), deadline, themes, on, 1);
    List<DomainEvent> events = new ArrayList<>();
    events.add(new ProjectEvent.CallPublished(meta.get(), id, deadline));
    for (ThemeInterest interest : interests) {
      var shared = call.sharedThemes(interest.themes());
      if (!shared.isEmpty() && activeOn.test(interest.partner())) {
        events.add(new ProjectEvent.CallMatchedPartner(meta.get(), id, interest.partner(), shared));
      }
    }
    return Changed.of(call, events);
  }

  public boolean isOpenOn(LocalDate date) {
    return !date.isAfter(deadline);
  }

  /** The themes this call shares with {@code others}. */
  public Set<String> sharedThemes(Set<String> others) {
    return themes.stream().filter(Themes.normalised(others)::contains).collect(Collectors.toSet());
  }
}

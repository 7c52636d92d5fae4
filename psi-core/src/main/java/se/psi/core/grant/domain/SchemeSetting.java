package se.psi.core.grant.domain;

import java.time.LocalDate;
import java.time.Period;
import org.immutables.value.Value;
import se.psi.core.shared.PsiStyle;

/**
 * A dated setting of the grant scheme that the authority, not the library, decides: the appeal information its
 * decisions carry (GRA-12), and the periods of prompt handling (GRA-11). A setting is in force from its first day
 * until the next one starts; settings are added, never changed, so every decision keeps the words it was given.
 */
@Value.Immutable
@PsiStyle
public abstract class SchemeSetting {

  /** The resource type as the audit log and refusals name it. */
  public static final String TYPE = "SchemeSetting";

  public abstract LocalDate validFrom();

  /** GRA-12: the route of appeal, e.g. {@code LAGLIGHETSPROVNING}. */
  public abstract String appealRoute();

  /** GRA-12: the time to appeal, e.g. three weeks from the announcement of the minutes' adjustment. */
  public abstract Period appealWithin();

  public abstract String appealTextSv();

  public abstract String appealTextEn();

  /** GRA-11: how long a case may stay undecided before the applicant may ask for a decision (six months). */
  public abstract Period undecidedAfter();

  /** GRA-11: within what time such a request is answered by a decision or a refusal (four weeks). */
  public abstract Period requestAnsweredWithin();

  public abstract long version();

  /** GRA-12: the appeal information a decision taken under this setting carries. */
  public AppealInformation appeal() {
    return new AppealInformation(validFrom(), appealRoute(), appealWithin(), appealTextSv(), appealTextEn());
  }

  /** The setting in force on {@code day} among {@code settings}: the latest that has started. */
  public static java.util.Optional<SchemeSetting> inForceOn(java.util.Collection<SchemeSetting> settings,
      LocalDate day) {
    return settings.stream().filter(s -> !s.validFrom().isAfter(day))
        .max(java.util.Comparator.comparing(SchemeSetting::validFrom));
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Builds a setting. */
  public static final class Builder extends ImmutableSchemeSetting.Builder {}
}

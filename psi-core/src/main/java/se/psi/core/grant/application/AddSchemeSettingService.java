package se.psi.core.grant.application;

import static se.psi.core.grant.port.in.GrantPermissions.ADD_SCHEME_SETTING;

import io.vavr.control.Either;
import io.vavr.control.Option;
import jakarta.inject.Inject;
import java.time.LocalDate;
import java.time.Period;
import java.util.List;
import se.psi.core.application.Aggregates;
import se.psi.core.application.Changes;
import se.psi.core.grant.domain.GrantSchemeEvent;
import se.psi.core.grant.domain.SchemeSetting;
import se.psi.core.grant.port.in.AddSchemeSettingUseCase;
import se.psi.core.grant.port.in.SchemeSettingCommand;
import se.psi.core.grant.port.out.GrantSchemes;
import se.psi.core.rules.Rejection;
import se.psi.core.shared.Changed;

/**
 * GRA-11, GRA-12: an administrator adds a dated scheme setting. Settings are added, never changed: a decision keeps
 * the words it was given, and a new text is a new setting from a later day.
 */
final class AddSchemeSettingService implements AddSchemeSettingUseCase {

  private final Changes changes;
  private final GrantSchemes schemes;
  private final Aggregates<SchemeSetting, LocalDate> settings;

  @Inject
  AddSchemeSettingService(Changes changes, GrantSchemes schemes) {
    this.changes = changes;
    this.schemes = schemes;
    this.settings = Aggregates.unowned(SchemeSetting.TYPE, uuid -> LocalDate.MIN,
        day -> Option.ofOptional(schemes.settings().stream().filter(s -> s.validFrom().equals(day)).findFirst()),
        schemes::save, SchemeSetting::version);
  }

  @Override
  public Either<Rejection, SchemeSetting> addSchemeSetting(SchemeSettingCommand c) {
    return changes.create(ADD_SCHEME_SETTING, settings, c.actor(), c, SchemeSetting::validFrom, today ->
        schemes.settings().stream().anyMatch(s -> s.validFrom().equals(c.validFrom()))
            ? Either.left(new Rejection.IllegalState(SchemeSetting.TYPE, c.validFrom().toString(), "EXISTS",
                "grant.setting.exists"))
            : Either.right(Changed.of(SchemeSetting.builder().validFrom(c.validFrom())
                .appealRoute(c.appealRoute().strip()).appealWithin(Period.ofWeeks(c.appealWithinWeeks()))
                .appealTextSv(c.appealTextSv().strip()).appealTextEn(c.appealTextEn().strip())
                .undecidedAfter(Period.ofMonths(c.undecidedAfterMonths()))
                .requestAnsweredWithin(Period.ofWeeks(c.requestAnsweredWithinWeeks())).version(1).build(),
                List.of(new GrantSchemeEvent.SchemeSettingAdded(today.eventMeta().get(), c.validFrom(),
                    c.appealRoute().strip(), c.appealWithinWeeks(), c.undecidedAfterMonths(),
                    c.requestAnsweredWithinWeeks())))));
  }
}

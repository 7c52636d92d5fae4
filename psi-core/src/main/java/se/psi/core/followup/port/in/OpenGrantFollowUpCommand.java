package se.psi.core.followup.port.in;

import jakarta.validation.constraints.Max;
import jakarta.validation.constraints.NotNull;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.PositiveOrZero;
import java.time.LocalDate;
import java.util.UUID;
import se.psi.core.shared.Actor;

/**
 * GRA-17: the Region opens the follow-up of a granted application with the decision's terms.
 *
 * @param reportDue the day the final report is due
 * @param coFinancingRequiredKronor the co-financing the grantee promised (money and worked time valued in kronor)
 * @param reminderLeadDays how many days before the due day the grantee is first reminded
 * @param reminderIntervalDays how many days between reminders until the report arrives
 */
public record OpenGrantFollowUpCommand(@NotNull Actor actor, @NotNull UUID applicationId,
    @NotNull LocalDate reportDue, @NotNull @PositiveOrZero Long coFinancingRequiredKronor,
    @NotNull @PositiveOrZero @Max(366) Integer reminderLeadDays,
    @NotNull @Positive @Max(366) Integer reminderIntervalDays) {}

package se.psi.core.grant.domain;

import java.time.LocalDate;
import java.time.Period;

/**
 * GRA-12: how, where and within what time a decision can be appealed, as the scheme setting in force on the day of
 * the decision gives it; a decision keeps its own copy, so a later setting never changes what the applicant was told.
 *
 * @param settingFrom the first day of the setting it was copied from
 * @param route e.g. {@code LAGLIGHETSPROVNING} (kommunallagen 13 kap)
 * @param within the time to appeal, e.g. three weeks
 * @param textSv the appeal information in Swedish, as the authority's lawyers wrote it
 * @param textEn the same in English
 */
public record AppealInformation(LocalDate settingFrom, String route, Period within, String textSv, String textEn) {}

package se.psi.testkit.usecases;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Runs a use-case suite once on each of {@link PsiWorld#DAYS}: a day under the plan 2021-2026, and days in 2027 and
 * 2031, after the plan's period ran out and the latest ruleset stayed in force (RULESETS). The suite takes the day
 * as its constructor's argument and makes its world on it; dates in its fixtures are relative to that day, and
 * figures it expects are read from the ruleset in force then, never written for one year.
 */
@Target(ElementType.TYPE)
@Retention(RetentionPolicy.RUNTIME)
@ParameterizedClass(name = "on {0}")
@MethodSource("se.psi.testkit.usecases.PsiWorld#days")
@interface OnEachDate {}

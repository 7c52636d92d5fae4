package se.psi.core.grant.port.in;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.AssertTrue;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * GRA-5 at the boundary: a delegation ends no earlier than it starts ({@code validUntil} on or after
 * {@code validFrom}). Refused here, naming both fields, rather than by the store's constraint.
 */
@AssertTrue
@ReportAsSingleViolation
@Target({ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
public @interface InForceBeforeItEnds {

  String message() default "{grant.gra5.endsBeforeItStarts}";

  /** The rule this constraint holds; violations carry it as their rule id. */
  String rule() default "GRA-5";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}

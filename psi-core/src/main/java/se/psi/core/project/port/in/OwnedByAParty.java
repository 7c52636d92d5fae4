package se.psi.core.project.port.in;

import jakarta.validation.Constraint;
import jakarta.validation.Payload;
import jakarta.validation.ReportAsSingleViolation;
import jakarta.validation.constraints.NotNull;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * PRJ-1 at the boundary: a project names the party that owns it in its own name. Without one it would be the
 * partnership's own project, which it cannot have, so the violation carries PRJ-1 (see {@link #rule()}) and names
 * the field, rather than a bare "required".
 */
@NotNull
@ReportAsSingleViolation
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = {})
public @interface OwnedByAParty {

  String message() default "{project.prj1.partnershipCannotOwn}";

  /** The rule this constraint holds; violations carry it as their rule id. */
  String rule() default "PRJ-1";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};
}

package se.psi.core.shared;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Bean Validation: the string is a valid {@link OrganisationNumber}. The violation's message key says which check
 * failed (format, legal person, check digit). Null is valid; combine with {@code @NotBlank} to require a value.
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = OrganisationNumberFormat.Validator.class)
public @interface OrganisationNumberFormat {

  String message() default "{organisationNumber.format}";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the value with {@link OrganisationNumber#parse(String)}. */
  final class Validator implements ConstraintValidator<OrganisationNumberFormat, String> {

    @Override
    public boolean isValid(String value, ConstraintValidatorContext context) {
      if (value == null || value.isBlank()) {
        return true;
      }
      return OrganisationNumber.parse(value).fold(violation -> {
        context.disableDefaultConstraintViolation();
        context.buildConstraintViolationWithTemplate("{" + violation.messageKey() + "}").addConstraintViolation();
        return false;
      }, number -> true);
    }
  }
}

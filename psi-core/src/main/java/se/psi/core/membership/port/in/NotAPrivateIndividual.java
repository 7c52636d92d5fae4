package se.psi.core.membership.port.in;

import jakarta.validation.Constraint;
import jakarta.validation.ConstraintValidator;
import jakarta.validation.ConstraintValidatorContext;
import jakarta.validation.Payload;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import se.psi.core.shared.OrganisationNumber;

/**
 * MEM-1 at the boundary: an organisation applying to be a party is not a private individual, so its number is not a
 * personal identity number. The violation is reported on {@code organisationNumber}, beside the format violation of
 * the same number, so the applicant learns both at once; it carries the rule's id (see {@link #rule()}).
 */
@Target({ElementType.FIELD, ElementType.PARAMETER, ElementType.RECORD_COMPONENT, ElementType.METHOD})
@Retention(RetentionPolicy.RUNTIME)
@Constraint(validatedBy = NotAPrivateIndividual.Validator.class)
public @interface NotAPrivateIndividual {

  String message() default "{membership.mem1.privateIndividual}";

  /** The rule this constraint holds; violations carry it as their rule id. */
  String rule() default "MEM-1";

  Class<?>[] groups() default {};

  Class<? extends Payload>[] payload() default {};

  /** Checks the organisation's number with {@link OrganisationNumber#isPersonalIdentityNumber(String)}. */
  final class Validator implements ConstraintValidator<NotAPrivateIndividual, OrganisationDetails> {

    @Override
    public boolean isValid(OrganisationDetails organisation, ConstraintValidatorContext context) {
      if (organisation == null || !OrganisationNumber.isPersonalIdentityNumber(organisation.organisationNumber())) {
        return true;
      }
      context.disableDefaultConstraintViolation();
      context.buildConstraintViolationWithTemplate(context.getDefaultConstraintMessageTemplate())
          .addPropertyNode("organisationNumber").addConstraintViolation();
      return false;
    }
  }
}

package se.psi.adapters.web.form;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Names the core command an operation's request body becomes, so its form description can be read from the
 * command's Bean Validation constraints: the same rules the core enforces, never written twice.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface CommandForm {
  Class<? extends Record> value();
}

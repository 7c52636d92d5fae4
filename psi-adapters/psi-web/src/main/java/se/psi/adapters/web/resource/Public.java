package se.psi.adapters.web.resource;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Marks an operation anyone may call without signing in, because the partnership publishes it anyway. The core
 * decides who may call what; this marker only keeps the OpenAPI document from listing 401 and 403 for it, and a
 * test holds it to what the core decides.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.METHOD)
public @interface Public {}

package org.microcare.interfaces.council.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A resource of the council's JAX-RS application that the public reads without signing in (the Open
 * Referral feed). Every other resource needs a signed-in council user: {@link CouncilUserRequired}.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.TYPE)
public @interface OpenAccess {
}

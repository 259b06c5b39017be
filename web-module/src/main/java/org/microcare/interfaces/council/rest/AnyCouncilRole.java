package org.microcare.interfaces.council.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Inherited;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * Every signed-in user of the council may call it, whatever their role (reads of the programme).
 * A resource method must be declared with this, {@link AllowedRoles} or {@link PublicAccess} (on the
 * method or its class); anything undeclared is refused.
 */
@Inherited
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AnyCouncilRole {
}

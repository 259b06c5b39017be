package org.microcare.interfaces.council.rest;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

import org.microcare.domain.model.user.Role;

/** The council roles that may call a resource method; any other signed-in user gets 403. */
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.TYPE, ElementType.METHOD})
public @interface AllowedRoles {
    Role[] value();
}

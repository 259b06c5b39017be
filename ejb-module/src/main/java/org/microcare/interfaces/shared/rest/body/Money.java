package org.microcare.interfaces.shared.rest.body;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A sum of money in a {@code String} component: a JSON string or number written as plain pounds
 * with a dot before the pence ({@code "16.98"}, {@code 16.98}); no comma, no exponent, no currency
 * sign. How many decimals, the sign and the maximum are the domain's rules ({@code Fields.money}).
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Money {
}

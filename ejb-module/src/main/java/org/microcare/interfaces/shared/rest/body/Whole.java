package org.microcare.interfaces.shared.rest.body;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/** The range of a whole-number component ({@code Integer} or {@code Long}): an integral JSON number from min to max. */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Whole {
    long min() default 0;

    long max();
}

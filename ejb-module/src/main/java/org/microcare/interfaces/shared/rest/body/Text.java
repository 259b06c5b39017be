package org.microcare.interfaces.shared.rest.body;

import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * A text component (or the items of a list of text): at most {@link #max} characters, and on one
 * line unless {@link #multiline}. Without this annotation text is one line of at most
 * {@link StrictJson#DEFAULT_TEXT_LENGTH} characters.
 */
@Retention(RetentionPolicy.RUNTIME)
@Target(ElementType.RECORD_COMPONENT)
public @interface Text {
    int max() default StrictJson.DEFAULT_TEXT_LENGTH;

    boolean multiline() default false;
}

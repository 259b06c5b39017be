package org.microcare.infrastructure.tenancy;

import jakarta.inject.Qualifier;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The EntityManager of the current transaction's council ({@link CouncilPersistence}): every repository of
 * council data injects this one, never the platform's {@code @PersistenceContext}.
 */
@Qualifier
@Retention(RetentionPolicy.RUNTIME)
@Target({ElementType.FIELD, ElementType.METHOD, ElementType.PARAMETER, ElementType.TYPE})
public @interface CouncilData {
}

/**
 * Building blocks every aggregate uses: violations of business rules and the exceptions that carry
 * them. The exceptions are EJB application exceptions (annotated, so this holds in a WAR and an EAR
 * alike): callers receive them unwrapped and the transaction rolls back.
 */
package org.microcare.domain.shared;

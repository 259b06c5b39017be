/** Building blocks every aggregate uses: violations of business rules and the exceptions that carry them. */
package org.microcare.domain.shared;

/** Platform operators: the people who onboard and suspend councils. Stored in the platform schema. */
package org.microcare.domain.model.operator;

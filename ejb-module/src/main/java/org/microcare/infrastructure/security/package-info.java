/** Password hashing and the credential checks behind HTTP Basic. */
package org.microcare.infrastructure.security;

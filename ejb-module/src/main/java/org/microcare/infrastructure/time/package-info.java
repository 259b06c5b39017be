/**
 * Time: the one {@link java.time.Clock} the application reads "now" and "today" from, the UK's
 * wall clock. Nothing in production can move it; tests that need another day deploy a CDI
 * alternative of their own (see the Arquillian tests), so no setting or endpoint can.
 */
package org.microcare.infrastructure.time;

/**
 * Council pages of arrangements: arranging a client's care with a micro-enterprise (from the client's
 * page), and an arrangement's page with the person's top-up on a chosen day, the hours delivered each
 * month and, for brokers, recording hours and ending the arrangement early. Views are under
 * {@code WEB-INF/views/council/arrangement/}.
 */
package org.microcare.interfaces.council.web.arrangement;

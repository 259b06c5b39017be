/**
 * Council pages of broker casework: the list of clients, adding one, a client's page (every opening
 * audited) with the move of their case, and changing a record. Views are under
 * {@code WEB-INF/views/council/client/}.
 */
package org.microcare.interfaces.council.web.client;

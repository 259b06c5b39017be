/**
 * Broker casework: the use cases on clients (and, later, introductions and arrangements). Services
 * here orchestrate: they read the council's lists, call the rules on the client aggregate, and audit
 * every change and every read of a client's record. {@link org.microcare.application.casework.ClientForm}
 * reads what a page or the API sent into typed values, once for both.
 */
package org.microcare.application.casework;

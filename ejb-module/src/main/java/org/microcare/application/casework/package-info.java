/**
 * Broker casework: the use cases on clients and arrangements (and, later, introductions). Services
 * here orchestrate: they read the council's lists, take the row locks, call the rules on the client and
 * arrangement aggregates, and audit every change and every read of a client's record.
 * {@link org.microcare.application.casework.ClientForm} and
 * {@link org.microcare.application.casework.ArrangementForm} read what a page or the API sent into
 * typed values, once for both.
 */
package org.microcare.application.casework;

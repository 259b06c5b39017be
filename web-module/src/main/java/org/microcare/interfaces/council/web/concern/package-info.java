/**
 * Pages for concerns and complaints ({@code /concerns/new}, {@code /concerns/view}) and for a client's
 * reassessment requests ({@code /clients/reassessment}, {@code /clients/reassessment-close}): brokers and
 * admins raise and close them; they show on the ME's and the client's pages and, while open, on the dashboard.
 */
package org.microcare.interfaces.council.web.concern;

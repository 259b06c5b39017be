/**
 * Introductions of a client to a micro-enterprise: shortlisted, introduced (the "maybe visit"), then
 * agreed or declined with a reason, once. A client without consent to share their details with MEs is
 * never introduced; a client has at most one open introduction to an ME. The rules live on
 * {@link org.microcare.domain.model.introduction.Introduction}. Personal data about the client: brokers
 * and admins only.
 */
package org.microcare.domain.model.introduction;

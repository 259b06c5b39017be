/** Micro-enterprise pages: the list, the enquiry form (brokers and admins) and one ME's record (its reading is audited). */
package org.microcare.interfaces.council.web.microenterprise;

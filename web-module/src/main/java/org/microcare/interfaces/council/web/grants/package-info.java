/** Grant scheme pages: schemes with their budget ledger, applications and decisions. */
package org.microcare.interfaces.council.web.grants;

/** The council's append-only audit log: who did what, to which record, when and from where. */
package org.microcare.domain.model.audit;

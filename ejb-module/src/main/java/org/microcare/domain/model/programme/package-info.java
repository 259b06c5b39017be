/**
 * A council's care micro-enterprise programme and everything its admins configure: settings, the
 * service catalogue and localities, the versioned framework, hourly rates, grant schemes and
 * targets. Stored in the council's own schema.
 */
package org.microcare.domain.model.programme;

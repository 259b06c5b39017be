/**
 * A council's care micro-enterprise programme: its name and nation, the service catalogue and the
 * framework an ME must meet to be listed. Stored in the council's own schema.
 */
package org.microcare.domain.model.programme;

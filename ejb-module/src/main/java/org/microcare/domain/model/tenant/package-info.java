/**
 * The tenant aggregate: a council on the platform, its isolated schema and its provisioning state.
 * Lives in the platform schema (the tenant store), never in a council schema.
 */
package org.microcare.domain.model.tenant;

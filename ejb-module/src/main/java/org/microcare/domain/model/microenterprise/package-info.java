/**
 * A micro-enterprise: a local sole trader giving care or support, with what they offer, where,
 * when and at what price, and where they are in the programme's journey.
 */
package org.microcare.domain.model.microenterprise;

/**
 * Micro-enterprise pages: the list, the enquiry form, one ME's page (record, public profile, timeline,
 * compliance today, evidence history, support, grants; its reading is audited) and the forms that take
 * an ME along its journey, each a page of its own for brokers and admins: change the record
 * (versioned), move to another stage, record or correct evidence, add a support session, confirm the
 * listing, apply for a grant.
 */
package org.microcare.interfaces.council.web.microenterprise;

/**
 * The council's Open Referral UK 3.0 read feed, {@code /c/{tenant}/openreferral/}: the public
 * directory (only what {@link org.microcare.application.DirectoryService} publishes) as HSDS-UK
 * services, organizations and the council's service catalogue as a taxonomy. Open to everyone, with
 * {@code Access-Control-Allow-Origin: *}; every id is a UUID that stays the same from one request to
 * the next; no property is ever {@code null} (absent values are left out).
 */
package org.microcare.interfaces.council.openreferral;

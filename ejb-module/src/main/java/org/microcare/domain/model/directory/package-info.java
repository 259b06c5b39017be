/**
 * The public directory's read side: what a published listing shows (public fields only, never the
 * home postcode, the owner's private details or anything about clients), how the public searches
 * listings, and which MEs are visible on a day: {@code LISTED} and meeting every applicable mandatory
 * requirement of the framework in force that day. The directory pages and the Open Referral UK feed
 * read only these types, so a private field added to the ME record cannot reach them.
 */
package org.microcare.domain.model.directory;

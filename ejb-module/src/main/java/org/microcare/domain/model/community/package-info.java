/**
 * Community activities: local groups and activities a council keeps a list of (lunch clubs, walking
 * groups, carers' cafés), with where and when they meet, what they cost and whom to contact. Brokers
 * and MEs browse them; the public directory shows the ones the council marks public.
 */
package org.microcare.domain.model.community;

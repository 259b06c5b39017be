/**
 * The council's list of community activities (local groups and activities brokers and micro-enterprises
 * point people to): everyone signed in reads it; brokers and admins add, change, retire and reinstate.
 * The public directory shows the public ones ({@code web.directory}).
 */
package org.microcare.interfaces.council.web.community;

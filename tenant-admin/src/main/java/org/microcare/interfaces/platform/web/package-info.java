/** The operator console at {@code /platform}: sign in, list councils, onboard, suspend and resume, usage by council. */
package org.microcare.interfaces.platform.web;

/** The operator console at {@code /platform}: sign in, list councils, onboard, suspend and resume. */
package org.microcare.interfaces.platform.web;

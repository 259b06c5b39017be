/** Web plumbing both web modules share: security headers (declared in each web.xml), browser sign-in/out and form errors for the GOV.UK error patterns. */
package org.microcare.interfaces.shared.web;

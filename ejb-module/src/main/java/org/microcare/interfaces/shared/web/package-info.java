/** Web plumbing both web modules declare in their web.xml: security headers. */
package org.microcare.interfaces.shared.web;

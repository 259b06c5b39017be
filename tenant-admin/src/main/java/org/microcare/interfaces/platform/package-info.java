/** The operator module, served under {@code /platform}: the console and the operator API. */
package org.microcare.interfaces.platform;

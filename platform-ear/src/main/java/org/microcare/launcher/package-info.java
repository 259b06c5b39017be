/**
 * The runnable {@code microcare.jar}: reads the settings, starts the embedded MariaDB when no
 * database is configured, writes Payara's pre-boot commands and boots Payara Micro in this JVM
 * with the council module at {@code /} and the operator module at {@code /platform}.
 */
package org.microcare.launcher;

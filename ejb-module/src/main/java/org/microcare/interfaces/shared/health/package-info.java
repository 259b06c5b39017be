/** MicroProfile Health checks both web modules report. */
package org.microcare.interfaces.shared.health;

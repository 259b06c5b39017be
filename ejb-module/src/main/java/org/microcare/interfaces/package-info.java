/** Adapters that face users and integrators. The web modules hold the rest; shared pieces live here. */
package org.microcare.interfaces;

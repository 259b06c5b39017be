/** Serves GOV.UK Frontend's assets and Microcare's own at {@code /assets/…}, where the compiled stylesheet expects them. */
package org.microcare.interfaces.assets;

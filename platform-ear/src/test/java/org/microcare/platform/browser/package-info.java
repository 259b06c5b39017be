/** Headless Chromium for the platform's browser tests: page checks, screenshots and axe-core accessibility. */
package org.microcare.platform.browser;

/** The operator API, {@code /platform/api/v1} (API.md): onboard, list, suspend and resume councils; their usage counts. */
package org.microcare.interfaces.platform.rest;

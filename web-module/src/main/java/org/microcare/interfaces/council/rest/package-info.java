/** The council REST API, {@code /c/{tenant}/api/v1} (API.md). */
package org.microcare.interfaces.council.rest;

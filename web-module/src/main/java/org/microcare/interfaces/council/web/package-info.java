/**
 * The council web UI (Jakarta Faces with GOV.UK Frontend). Views live under
 * {@code WEB-INF/views/council} and are reached only through {@link org.microcare.interfaces.council.web.CouncilRoutes}
 * from the tenant filter, so every page runs for a resolved council.
 */
package org.microcare.interfaces.council.web;

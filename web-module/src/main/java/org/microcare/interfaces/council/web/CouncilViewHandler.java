package org.microcare.interfaces.council.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

import org.microcare.infrastructure.tenancy.CurrentTenant;
import org.microcare.infrastructure.tenancy.TenantContext;

/** Forms post back to the council's page address ({@code /c/{tenant}/users}), never to the view file. */
public class CouncilViewHandler extends ViewHandlerWrapper {

    public CouncilViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        if (viewId.startsWith(CouncilRoutes.VIEWS)) {
            String tenant = TenantContext.current().map(CurrentTenant::id).orElse(null);
            String path = CouncilRoutes.pathOf(viewId).orElse(null);
            if (tenant != null && path != null) {
                // Keep the query (?id=…): a page that loads its record from it must still find it on every
                // postback, including the shell's sign-out form.
                Object query = context.getExternalContext().getRequestMap().get("jakarta.servlet.forward.query_string");
                return context.getExternalContext().getRequestContextPath() + "/c/" + tenant + path
                        + (query == null || query.toString().isEmpty() ? "" : "?" + query);
            }
        }
        return getWrapped().getActionURL(context, viewId);
    }
}

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
            String path = CouncilRoutes.pathOf(viewId, CouncilPage.pagePath(context)).orElse(null);
            if (tenant != null && path != null) {
                return context.getExternalContext().getRequestContextPath() + "/c/" + tenant + path + recordQuery(context);
            }
        }
        return getWrapped().getActionURL(context, viewId);
    }

    /**
     * The record a page was opened for ({@code ?id=…} or {@code ?code=…}, and the ME's absence a page is
     * about, {@code &absence=…}), kept on every postback so the page still finds it, including on the
     * shell's sign-out form and in the language switch after a postback. Other parameters (notices such as
     * {@code ?saved=true}) are dropped, so a banner is not shown again after the next post.
     */
    static String recordQuery(FacesContext context) {
        Object query = context.getExternalContext().getRequestMap().get("jakarta.servlet.forward.query_string");
        if (query == null) {
            return "";
        }
        String kept = java.util.Arrays.stream(query.toString().split("&"))
                .filter(p -> p.startsWith("id=") || p.startsWith("code=") || p.startsWith("absence="))
                .collect(java.util.stream.Collectors.joining("&"));
        return kept.isEmpty() ? "" : "?" + kept;
    }
}

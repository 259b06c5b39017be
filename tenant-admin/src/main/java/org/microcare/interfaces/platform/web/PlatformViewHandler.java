package org.microcare.interfaces.platform.web;

import jakarta.faces.application.ViewHandler;
import jakarta.faces.application.ViewHandlerWrapper;
import jakarta.faces.context.FacesContext;

/** Console forms post back to the page's address, never to the view file. */
public class PlatformViewHandler extends ViewHandlerWrapper {

    public PlatformViewHandler(ViewHandler wrapped) {
        super(wrapped);
    }

    @Override
    public String getActionURL(FacesContext context, String viewId) {
        return PlatformRoutes.pathOf(viewId)
                .map(path -> context.getExternalContext().getRequestContextPath() + path)
                .orElseGet(() -> getWrapped().getActionURL(context, viewId));
    }
}

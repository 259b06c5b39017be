package org.microcare.interfaces.council.web.programme;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.microcare.application.ProgrammeLists.Kind;

/** {@code /c/{tenant}/services}: the services micro-enterprises offer; admins add, rename, retire and reinstate them. */
@Named
@RequestScoped
public class ServicesPage extends ProgrammeListPage {

    @Override
    protected Kind kind() {
        return Kind.SERVICE;
    }

    @Override
    public String getTexts() {
        return "services";
    }
}

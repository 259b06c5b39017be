package org.microcare.interfaces.council.web.programme;

import jakarta.enterprise.context.RequestScoped;
import jakarta.inject.Named;

import org.microcare.application.ProgrammeLists.Kind;

/** {@code /c/{tenant}/localities}: the towns and areas the programme covers; admins add, rename, retire and reinstate them. */
@Named
@RequestScoped
public class LocalitiesPage extends ProgrammeListPage {

    @Override
    protected Kind kind() {
        return Kind.LOCALITY;
    }

    @Override
    public String getTexts() {
        return "localities";
    }
}

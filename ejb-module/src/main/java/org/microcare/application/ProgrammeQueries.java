package org.microcare.application;

import jakarta.ejb.Stateless;
import jakarta.inject.Inject;

import org.microcare.domain.model.programme.Programme;
import org.microcare.domain.model.programme.ProgrammeRepository;
import org.microcare.domain.shared.RecordNotFoundException;
import org.microcare.infrastructure.tenancy.TenantTransactional;

/** Reads the programme of the council in context. */
@Stateless
@TenantTransactional
public class ProgrammeQueries {

    @Inject
    ProgrammeRepository programmes;

    public Programme programme() {
        return programmes.find().orElseThrow(() -> new RecordNotFoundException("This council has no programme yet"));
    }
}

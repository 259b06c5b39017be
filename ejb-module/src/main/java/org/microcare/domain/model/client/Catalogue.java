package org.microcare.domain.model.client;

/** The council's coded lists, as a client's record may use them: the services it offers and the localities it covers. */
public interface Catalogue {

    /** Whether the code is a service new records may use (not retired). */
    boolean offersService(String code);

    /** Whether the code is a locality new records may use (not retired). */
    boolean coversLocality(String code);
}

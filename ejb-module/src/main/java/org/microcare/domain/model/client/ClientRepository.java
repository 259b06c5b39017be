package org.microcare.domain.model.client;

import java.util.List;
import java.util.Optional;

/** The current council's clients. */
public interface ClientRepository {

    /** One page of clients, by reference; {@code status} null for every status. */
    List<Client> page(ClientStatus status, int first, int size);

    long count(ClientStatus status);

    Optional<Client> find(String id);

    /** The client, its row locked until the transaction ends (changes to one client are made one at a time). */
    Optional<Client> findForChange(String id);

    Optional<Client> findByReference(String reference);

    void add(Client client);
}

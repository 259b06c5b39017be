package org.microcare.domain.model.client;

import java.time.Instant;
import java.time.LocalDate;
import java.util.List;
import java.util.Optional;

/** The current council's clients. */
public interface ClientRepository {

    /** One page of clients, by reference; {@code status} null for every status. */
    List<Client> page(ClientStatus status, int first, int size);

    long count(ClientStatus status);

    Optional<Client> find(String id);

    /**
     * The client with its needed services, wanted specialisms and preferred times read in the same statement, for
     * matching, which reads all three (by {@link #find}, each is a statement of its own when first used).
     */
    Optional<Client> findWithNeeds(String id);

    /** The client, its row locked until the transaction ends (changes to one client are made one at a time). */
    Optional<Client> findForChange(String id);

    Optional<Client> findByReference(String reference);

    void add(Client client);

    /** The ids of closed, not yet erased clients closed before {@code closedBefore}, earliest closure first. */
    List<String> closedBefore(LocalDate closedBefore);

    /** Whether the retention job's run of the day already happened (or is under way and committed first) in this council. */
    boolean retentionRan(LocalDate day);

    /**
     * Claims the retention job's run of the day: the day's row is written at once, so a second instance
     * doing the same waits on the key and then fails with a conflict (its work is rolled back).
     */
    RetentionRun claimRetentionRun(LocalDate day, Instant at);
}

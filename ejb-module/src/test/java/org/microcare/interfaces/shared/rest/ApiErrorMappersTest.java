package org.microcare.interfaces.shared.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;

import jakarta.ejb.EJBTransactionRolledbackException;
import jakarta.persistence.OptimisticLockException;
import jakarta.persistence.RollbackException;

import org.junit.jupiter.api.Test;
import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.InvalidInputException;

class ApiErrorMappersTest {

    @Test
    void aStaleVersionFoundAtCommitIsAConflictNotAServerError() {
        Exception atCommit = new EJBTransactionRolledbackException("rolled back",
                new RollbackException("commit failed", new OptimisticLockException("row changed")));
        assertEquals(409, ApiErrorMappers.map(ApiErrorMappers.unwrap(atCommit)).status());
        Exception eclipseLink = new EJBTransactionRolledbackException("rolled back", new RollbackException("commit failed",
                new org.eclipse.persistence.exceptions.OptimisticLockException("row changed") { }));
        assertEquals(409, ApiErrorMappers.map(ApiErrorMappers.unwrap(eclipseLink)).status());
    }

    @Test
    void serviceExceptionsKeepTheirMeaningThroughTheEjbWrapper() {
        assertEquals(400, ApiErrorMappers.map(ApiErrorMappers.unwrap(new jakarta.ejb.EJBException(new InvalidInputException("f", "bad")))).status());
        assertEquals(409, ApiErrorMappers.map(ApiErrorMappers.unwrap(new ConflictException("dup"))).status());
        assertEquals(500, ApiErrorMappers.map(ApiErrorMappers.unwrap(new IllegalStateException("bug"))).status());
    }
}

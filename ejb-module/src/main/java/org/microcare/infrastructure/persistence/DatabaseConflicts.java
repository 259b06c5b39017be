package org.microcare.infrastructure.persistence;

import java.sql.SQLException;
import java.util.Map;
import java.util.Optional;

import org.microcare.domain.shared.ConflictException;
import org.microcare.domain.shared.StaleVersionException;

/**
 * The one place that says which database failures are conflicts a client caused and can resolve:
 * a unique key that another request took first (SQLState class 23: two people created the same
 * username or code at once), a stale version found at commit, and a deadlock between two clashing
 * changes. Each becomes a {@link ConflictException}, so every API and page answers them the same way
 * (409, or "someone else saved first") instead of a server error.
 */
public final class DatabaseConflicts {

    /** Unique keys whose duplicate is better said in the words of the rule they keep than as "already taken". */
    private static final Map<String, String> RULES = Map.of(
            "uk_introduction_open", "This client already has an open introduction to this micro-enterprise");

    private DatabaseConflicts() {
    }

    public static Optional<ConflictException> of(Throwable failure) {
        for (Throwable t = failure; t != null; t = t.getCause()) {
            if (t instanceof ConflictException conflict) {
                return Optional.of(conflict);
            }
            if (t instanceof jakarta.persistence.OptimisticLockException
                    || t instanceof org.eclipse.persistence.exceptions.OptimisticLockException) {
                return Optional.of(new StaleVersionException("The record was changed by someone else; reload it and try again"));
            }
            if (t instanceof SQLException sql && sql.getSQLState() != null) {
                if (sql.getSQLState().startsWith("23")) {
                    return Optional.of(new ConflictException(sql.getErrorCode() == 1062 ? duplicate(sql.getMessage())
                            : "The change clashes with other records that were changed at the same time; reload and try again"));
                }
                if (sql.getSQLState().equals("40001")) {
                    return Optional.of(new ConflictException("Another change to the same records was being saved at the same moment; try again"));
                }
            }
            if (t.getCause() == t) {
                break;
            }
        }
        return Optional.empty();
    }

    /** What a duplicate key means: the rule of a key in {@link #RULES} named in the database's message, else "already taken". */
    private static String duplicate(String message) {
        return RULES.entrySet().stream().filter(r -> message != null && message.contains(r.getKey() + "'")).map(Map.Entry::getValue)
                .findFirst().orElse("That value is already taken: another record has it (perhaps saved a moment ago); reload and choose another");
    }
}

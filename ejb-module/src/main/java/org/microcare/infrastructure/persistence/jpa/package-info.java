/**
 * JPA implementations of the domain repositories, and the data source they use. Repositories of council data
 * inject the transaction's council EntityManager ({@code @Inject @CouncilData}); those of the platform's own
 * entities (tenant store, operators) the container's {@code @PersistenceContext}.
 *
 * <p>The JPQL of a council entity is a {@code JPQL_…} constant on the entity, which the repository passes to
 * {@code createQuery}; council entities have no {@code @NamedQuery}. This dates from one shared factory, where
 * EclipseLink prepared every named query of a council entity again for each transaction (about 3.5 ms a request);
 * with a factory per council ({@link org.microcare.infrastructure.tenancy.CouncilPersistence}) a constant is parsed
 * once per factory and kept in its parse cache, so the constants stay. The platform's own entities, which are not per council, keep {@code @NamedQuery}.
 */
package org.microcare.infrastructure.persistence.jpa;

/** JPA implementations of the domain repositories, and the data source they use. */
package org.microcare.infrastructure.persistence.jpa;

/** Council users (admins, brokers, viewers) and their roles. Stored in each council's own schema. */
package org.microcare.domain.model.user;

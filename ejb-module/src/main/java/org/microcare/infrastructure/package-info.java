/** Adapters to the outside: persistence, migrations, tenancy plumbing, security, configuration. */
package org.microcare.infrastructure;

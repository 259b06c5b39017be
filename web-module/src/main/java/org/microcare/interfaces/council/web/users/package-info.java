/** Council user management and the audit log pages (admins only). */
package org.microcare.interfaces.council.web.users;

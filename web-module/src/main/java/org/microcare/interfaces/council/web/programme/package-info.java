/** The programme configuration pages: settings, services, localities, framework, rates and targets. Everyone signed in reads them; admins change them. */
package org.microcare.interfaces.council.web.programme;

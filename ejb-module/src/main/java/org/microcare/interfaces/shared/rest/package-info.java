/** REST plumbing both web modules share: the error body of API.md, exception mappers, HTTP Basic parsing. */
package org.microcare.interfaces.shared.rest;

/**
 * Concerns and complaints about a micro-enterprise and/or a client (who raised them, what about,
 * whether they are a safeguarding matter, and the outcome they were closed with), and reassessment
 * requests: a broker asking the council's assessment to look at a client's needs again ("the route
 * back in"). Both are opened and closed once; the rules of each live on its entity. They are
 * personal data about the client: brokers and admins only.
 */
package org.microcare.domain.model.concern;

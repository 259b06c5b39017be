/**
 * Matching as brokers read it: the words for a match's reasons, what it does not meet and why an ME
 * is excluded, in the council's language (the API answers in English).
 */
package org.microcare.interfaces.council.web.matching;

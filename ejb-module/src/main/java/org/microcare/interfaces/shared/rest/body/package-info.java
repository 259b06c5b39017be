/**
 * Strict reading of API request bodies into typed request records: every JSON value must have the
 * JSON type its record component declares (a string for text, a JSON boolean for a flag, an integral
 * number in range for a whole number, a plain decimal for money, an array for a list), text is
 * bounded and free of control characters, and unknown fields are refused. Every problem becomes a violation naming the field's JSON path, so a client
 * gets one 400 listing all of them and nothing is stored. What is allowed (real dates from 1900 to
 * 2999, codes, ranges, periods) stays on the domain, shared with the pages; this package only refuses
 * what cannot mean what it says.
 */
package org.microcare.interfaces.shared.rest.body;

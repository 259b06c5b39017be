/**
 * Matching a person who needs care with micro-enterprises: the hard filters (visible in the directory
 * that day, every needed service, the locality, spare capacity, personal care and medication) are the
 * database's work ({@link org.microcare.domain.model.matching.MatchCandidates}); ranking the few
 * candidates left, and saying in words why each one ranks where it does and what it does not meet,
 * is {@link org.microcare.domain.model.matching.Matching}'s, a pure function that needs no container.
 * Reasons are message keys with arguments, so pages say them in English or Welsh.
 */
package org.microcare.domain.model.matching;

package org.microcare.domain.model.concern;

/** Where a concern came from; {@link Concern#getRaisedBy()} says who in the words they gave ("client's daughter"). */
public enum ConcernSource {
    CLIENT, FAMILY, SOCIAL_WORKER, ME, BROKER, OTHER
}

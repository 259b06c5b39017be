package org.microcare.application.casework;

import java.time.Instant;

import jakarta.enterprise.context.ApplicationScoped;
import jakarta.inject.Inject;

import org.microcare.domain.model.arrangement.Arrangement;
import org.microcare.domain.model.arrangement.ArrangementRepository;
import org.microcare.domain.model.client.Client;
import org.microcare.domain.model.concern.Concern;
import org.microcare.domain.model.concern.ConcernRepository;
import org.microcare.domain.model.concern.ReassessmentRequest;
import org.microcare.domain.model.introduction.Introduction;
import org.microcare.domain.model.introduction.IntroductionRepository;

/**
 * The erasure of a client's personal details, on request ({@link ClientService#erase}) or by the
 * retention job ({@link ClientRetention}), in the caller's transaction: the record by the client's own
 * rule, then the free text held about the person elsewhere, each by its aggregate's rule (the reason an
 * arrangement ended early, introduction notes, concerns and reassessment requests about the client).
 * What reports need (arrangement dates, hours, rates and funding route, hours delivered, statuses,
 * categories) stays.
 */
@ApplicationScoped
public class ClientErasure {

    @Inject
    ArrangementRepository arrangements;

    @Inject
    IntroductionRepository introductions;

    @Inject
    ConcernRepository concerns;

    /** Erases the client (409 unless closed and not yet erased) and the free text about them. */
    public void erase(Client client, String by, Instant now) {
        client.erase(by, now);
        String id = client.getId();
        arrangements.page(new ArrangementRepository.Filter(id, null, null), 0, ClientService.EXPORT_LIMIT)
                .forEach(Arrangement::eraseClientText);
        introductions.ofClient(id).forEach(Introduction::eraseClientText);
        concerns.concerns(null, id, null, ClientService.EXPORT_LIMIT).forEach(Concern::eraseClientText);
        concerns.reassessmentsOf(id).forEach(ReassessmentRequest::eraseClientText);
    }
}

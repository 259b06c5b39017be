package org.microcare.domain.model.concern;

import java.util.List;
import java.util.Optional;

/** The current council's concerns and reassessment requests. */
public interface ConcernRepository {

    /** Concerns, latest raised first, about one ME and/or one client (null: any), open or closed (null: both). */
    List<Concern> concerns(String microEnterpriseId, String clientId, CaseState status, int max);

    /** Open concerns, safeguarding ones first, then the longest open. */
    List<Concern> openConcerns(int max);

    long countOpenConcerns();

    Optional<Concern> concern(String id);

    /** The concern, its row locked until the transaction ends. */
    Optional<Concern> concernForChange(String id);

    void add(Concern concern);

    /** A client's reassessment requests, latest first. */
    List<ReassessmentRequest> reassessmentsOf(String clientId);

    /** Open reassessment requests, longest open first. */
    List<ReassessmentRequest> openReassessments(int max);

    long countOpenReassessments();

    Optional<ReassessmentRequest> reassessment(String id);

    /** The request, its row locked until the transaction ends. */
    Optional<ReassessmentRequest> reassessmentForChange(String id);

    void add(ReassessmentRequest request);
}

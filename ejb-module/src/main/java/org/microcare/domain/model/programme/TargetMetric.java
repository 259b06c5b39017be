package org.microcare.domain.model.programme;

/** What a programme measures itself against (the evaluation's targets). */
public enum TargetMetric {
    NEW_MICRO_ENTERPRISES, LISTED_MICRO_ENTERPRISES, WEEKLY_SUPPORT_HOURS, CLIENTS_SUPPORTED, SDS_OPTION_2_CLIENTS
}

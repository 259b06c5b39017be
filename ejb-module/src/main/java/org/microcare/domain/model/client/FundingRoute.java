package org.microcare.domain.model.client;

/** How a client's care is paid for: a Direct Payment, one of Scotland's Self-directed Support options, privately, or a mix. */
public enum FundingRoute {
    DIRECT_PAYMENT, SDS_OPTION_1, SDS_OPTION_2, SDS_OPTION_3, SDS_OPTION_4, PRIVATE, MIXED
}

/**
 * A client: a person who needs care, referred to the programme, whom a broker introduces to
 * micro-enterprises. What they need, where and when, how it is paid for, their preferences, whether
 * they consented to share their details with MEs, and where their case stands. Personal details are
 * optional and private: they never reach the public directory or the Open Referral feed.
 */
package org.microcare.domain.model.client;

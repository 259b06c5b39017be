/** Pages of a client's introductions to micro-enterprises: shortlist, introduce, record the outcome. */
package org.microcare.interfaces.council.web.introduction;

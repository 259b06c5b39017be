package org.microcare.application;

/** Who asks for a change, and from where: what the audit log records. */
public record Actor(String username, String remoteAddress) {

    public static final Actor SYSTEM = new Actor("system", null);
}

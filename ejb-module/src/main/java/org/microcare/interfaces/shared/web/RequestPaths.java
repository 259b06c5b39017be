package org.microcare.interfaces.shared.web;

import java.nio.charset.StandardCharsets;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * What the error filters need to know about a request's address: whether it is canonical, too long,
 * and whether it belongs to a module's API (which answers errors in JSON, never with an HTML page).
 */
public final class RequestPaths {

    /**
     * The longest address (path and query) the application serves. The HTTP listener accepts longer
     * request heads (pre-boot commands: header-buffer-length-bytes) so that a longer one reaches
     * {@link RequestGuardFilter} and is refused with a proper 414 instead of Grizzly's empty 400.
     */
    public static final int MAX_ADDRESS_LENGTH = 8192;

    /** Encoded characters that would let the container and the application read a path differently. */
    private static final String[] AMBIGUOUS_ENCODINGS = {"%2f", "%5c", "%2e", "%25", "%00"};

    private final Pattern api;

    /** {@code apiPaths}: a regular expression for the API paths of a module, within its context path. */
    public RequestPaths(String apiPaths) {
        this.api = Pattern.compile(apiPaths);
    }

    /**
     * Whether a path within the application is one of its API paths, read as sent, or percent-decoded
     * and normalised as a server might read it (so {@code /c/x%2Fapi/v1} and
     * {@code /c/x/directory/..;/api/v1} count too).
     */
    public boolean isApi(String pathWithinApp) {
        if (pathWithinApp == null) {
            return false;
        }
        return api.matcher(pathWithinApp).matches() || api.matcher(normalise(decode(pathWithinApp))).matches();
    }

    /**
     * Whether a path as sent (undecoded) reads the same to everyone: no encoded slash, backslash, dot,
     * percent or NUL, no backslash, no {@code ;} path parameters, no empty, {@code .} or {@code ..}
     * segments. The container maps a request by its decoded, normalised path while filters and JAX-RS
     * read the path as sent; refusing the paths where the two differ keeps every filter's decision
     * (which council, API or page, credentials or not) about the resource that is actually reached.
     */
    public static boolean isCanonical(String rawPath) {
        if (rawPath == null || rawPath.isEmpty()) {
            return true;
        }
        String lower = rawPath.toLowerCase(Locale.ROOT);
        for (String encoding : AMBIGUOUS_ENCODINGS) {
            if (lower.contains(encoding)) {
                return false;
            }
        }
        if (rawPath.indexOf('\\') >= 0 || rawPath.indexOf(';') >= 0 || rawPath.indexOf('\0') >= 0 || rawPath.contains("//")) {
            return false;
        }
        for (String segment : rawPath.split("/", -1)) {
            if (segment.equals(".") || segment.equals("..")) {
                return false;
            }
        }
        return true;
    }

    /** Whether the address (path and query) is longer than the application serves. */
    public static boolean isTooLong(String requestUri, String queryString) {
        int length = (requestUri == null ? 0 : requestUri.length()) + (queryString == null ? 0 : queryString.length() + 1);
        return length > MAX_ADDRESS_LENGTH;
    }

    /** Removes path parameters ({@code ;…}), empty and {@code .} segments, and resolves {@code ..} segments. */
    static String normalise(String path) {
        java.util.Deque<String> segments = new java.util.ArrayDeque<>();
        for (String segment : path.replace('\\', '/').split("/")) {
            int parameters = segment.indexOf(';');
            String name = parameters < 0 ? segment : segment.substring(0, parameters);
            if (name.equals("..")) {
                segments.pollLast();
            } else if (!name.isEmpty() && !name.equals(".")) {
                segments.addLast(name);
            }
        }
        return "/" + String.join("/", segments) + (path.endsWith("/") && !segments.isEmpty() ? "/" : "");
    }

    /** Percent-decodes a path ({@code +} stays a plus); malformed escapes are left as they are. */
    static String decode(String path) {
        if (path.indexOf('%') < 0) {
            return path;
        }
        byte[] bytes = path.getBytes(StandardCharsets.UTF_8);
        java.io.ByteArrayOutputStream out = new java.io.ByteArrayOutputStream(bytes.length);
        for (int i = 0; i < bytes.length; i++) {
            int hi;
            int lo;
            if (bytes[i] == '%' && i + 2 < bytes.length && (hi = Character.digit(bytes[i + 1], 16)) >= 0
                    && (lo = Character.digit(bytes[i + 2], 16)) >= 0) {
                out.write(hi * 16 + lo);
                i += 2;
            } else {
                out.write(bytes[i]);
            }
        }
        return out.toString(StandardCharsets.UTF_8);
    }
}

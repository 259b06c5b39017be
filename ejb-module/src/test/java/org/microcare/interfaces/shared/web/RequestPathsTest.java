package org.microcare.interfaces.shared.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class RequestPathsTest {

    private final RequestPaths council = new RequestPaths("/c/[^/]+/(api|openreferral)(/.*)?");
    private final RequestPaths platform = new RequestPaths("/api(/.*)?");

    @ParameterizedTest
    @ValueSource(strings = {"/", "/c/ayr/", "/c/ayr/api/v1/rates", "/c/ayr/users/edit", "/assets/govuk-frontend.css",
            "/api/v1/tenants/south-ayrshire", "/c/ayr/api/v1/users/1f961552-f63c-4793-b763-7d6a2f43335a", "/c/ayr/language/cy"})
    void everyAddressTheApplicationMakesIsCanonical(String path) {
        assertTrue(RequestPaths.isCanonical(path), path);
    }

    @ParameterizedTest
    @ValueSource(strings = {"/api/v1/..%2Ftenants", "/api/v1/tenants/..%2F..%2Fx", "/c/ayr%2fapi/v1/rates", "/c/ayr/api/v1/%2e%2e/users",
            "/c/ayr/api/v1/rates%2500", "/c/ayr/api/v1/rates%00", "/c/ayr/directory/../api/v1/users", "/c/ayr/directory/./x",
            "/c/ayr/directory/..", "/c/ayr/directory;/../api/v1/users", "/c/ayr/rates/..;/users", "/c//ayr/api/v1/rates",
            "/c/ayr/api/v1\\..\\users", "/c/ayr/api/v1/%5Cusers"})
    void pathsTheContainerAndTheFiltersCouldReadDifferentlyAreNot(String path) {
        assertFalse(RequestPaths.isCanonical(path), path);
    }

    @Test
    void apiPathsAreRecognisedAsSentAndDecoded() {
        assertTrue(council.isApi("/c/ayr/api/v1/rates"));
        assertTrue(council.isApi("/c/ayr/api"));
        assertTrue(council.isApi("/c/ayr/openreferral/services"));
        assertTrue(council.isApi("/c/ayr%2Fapi/v1/rates"), "decoded, it is an API path");
        assertTrue(council.isApi("/c/ayr/directory%2F..%2Fapi/v1/users"), "decoded and normalised, it is an API path");
        assertTrue(council.isApi("/c/ayr/directory/..;/api/v1/users"));
        assertTrue(council.isApi("/c/ayr/directory;x/../api"));
        assertFalse(council.isApi("/c/ayr/rates"));
        assertFalse(council.isApi("/c/ayr/apis"));
        assertFalse(council.isApi(null));
        assertTrue(platform.isApi("/api/v1/..%2Ftenants"));
        assertTrue(platform.isApi("/api/"));
        assertFalse(platform.isApi("/councils/confirm"));
    }

    @Test
    void addressesLongerThan8KiBAreTooLong() {
        assertFalse(RequestPaths.isTooLong("/c/ayr/api/v1/rates", "q=" + "a".repeat(8000)));
        assertTrue(RequestPaths.isTooLong("/c/ayr/api/v1/rates", "q=" + "a".repeat(20_000)));
        assertTrue(RequestPaths.isTooLong("/" + "a".repeat(RequestPaths.MAX_ADDRESS_LENGTH), null));
        assertFalse(RequestPaths.isTooLong("/" + "a".repeat(RequestPaths.MAX_ADDRESS_LENGTH - 1), null));
    }

    @Test
    void normalisingResolvesDotSegmentsAndDropsPathParameters() {
        assertEquals("/c/ayr/api/v1/users", RequestPaths.normalise("/c/ayr/directory/../api/v1/users"));
        assertEquals("/c/ayr/api/v1/users", RequestPaths.normalise("/c/ayr/directory/..;x=y/api/./v1//users"));
        assertEquals("/", RequestPaths.normalise("/api/../.."));
        assertEquals("/api/", RequestPaths.normalise("/api/v1/../"));
    }

    @Test
    void decodingLeavesMalformedEscapesAndPlusAlone() {
        assertEquals("/c/ayr/api", RequestPaths.decode("/c/ayr%2Fapi"));
        assertEquals("/a+b%zz%4", RequestPaths.decode("/a+b%zz%4"));
        assertEquals("/Caerdydd/ŵ", RequestPaths.decode("/Caerdydd/%C5%B5"));
    }
}

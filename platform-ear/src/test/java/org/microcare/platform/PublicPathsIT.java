package org.microcare.platform;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;

import java.util.List;

import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.ExtendWith;

/**
 * The directory and the feed are the first paths without sign-in: no spelling of a path through them
 * (dot segments, encoded dots and slashes, path parameters, doubled slashes, other case, trailing
 * slashes) reaches an API resource or a council page without credentials.
 */
@ExtendWith(PlatformExtension.class)
class PublicPathsIT {

    private CouncilFixture council;
    private Api api;

    @BeforeEach
    void onboard(RunningPlatform platform) {
        council = CouncilFixture.onboard(platform, "paths", "ENGLAND");
        api = new Api(platform.baseUrl());
    }

    @Test
    void theUsersResourceNeedsCredentialsHoweverThePathIsSpelt() {
        String c = "/c/" + council.id();
        // the control: the resource is there, and answers with credentials only
        assertEquals(401, api.get(c + "/api/v1/users", null, null).status());
        Api.Answer withCredentials = api.get(c + "/api/v1/users", CouncilFixture.ADMIN, CouncilFixture.ADMIN_PASSWORD);
        assertEquals(200, withCredentials.status());
        List<String> spellings = List.of(
                c + "/directory/../api/v1/users",
                c + "/directory/%2e%2e/api/v1/users",
                c + "/directory/%2E%2E/api/v1/users",
                c + "/directory/..%2Fapi/v1/users",
                c + "/directory/..%2fapi%2fv1%2fusers",
                c + "/directory/..;/api/v1/users",
                c + "/directory;jsessionid=abc/../api/v1/users",
                c + "/openreferral/../api/v1/users",
                c + "/openreferral/%2e%2e/api/v1/users",
                c + "/openreferral/..%5Capi/v1/users",
                c + "/openreferral/./../api/v1/users",
                c + "//api/v1/users",
                c + "/api//v1/users",
                c + "/API/v1/users",
                "/C/" + council.id() + "/api/v1/users",
                c + "/api/v1/users/",
                c + "/api/v1/users;x=y",
                c + "/api/v1/./users",
                c + "/directory/../users",
                c + "/directory/../audit",
                c + "/openreferral/../users/new",
                c + "/DIRECTORY/../api/v1/users",
                c + "/directory/",
                c + "/openreferral/");
        for (String path : spellings) {
            Api.Answer a = api.get(path, null, null);
            assertNotEquals(500, a.status(), path + " -> " + a);
            boolean usersList = a.status() == 200 && a.body().trim().startsWith("[") && a.body().contains("\"username\"");
            assertFalse(usersList, path + " answered the users list without credentials: " + a);
            boolean councilPage = a.status() == 200 && (a.body().contains("/users/new") || a.body().contains("id=\"audit"));
            assertFalse(councilPage, path + " showed an admin page without signing in");
        }
    }
}

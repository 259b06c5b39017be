package org.microcare.interfaces.council.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;

class CouncilRoutesTest {

    private static final String PROFILE = CouncilRoutes.VIEWS + "directory/profile.xhtml";

    @Test
    void theDirectoryPagesArePublic() {
        for (String path : new String[] {"/directory", "/directory/shortlist", "/directory/0b7e3c1a-5d2f-4e8b-9c6a-1f2e3d4c5b6a"}) {
            assertEquals(CouncilRoutes.Access.PUBLIC, CouncilRoutes.forPath(path).orElseThrow().access(), path);
        }
        assertEquals(CouncilRoutes.Access.SIGNED_IN, CouncilRoutes.forPath("/micro-enterprises").orElseThrow().access());
    }

    @Test
    void aPathEndingInAnIdFindsItsRouteAndGivesTheId() {
        String id = "0b7e3c1a-5d2f-4e8b-9c6a-1f2e3d4c5b6a";
        assertEquals(PROFILE, CouncilRoutes.forPath("/directory/" + id).orElseThrow().viewId());
        assertEquals(Optional.of(id), CouncilRoutes.pathId("/directory/" + id));
        assertEquals(CouncilRoutes.VIEWS + "directory/shortlist.xhtml", CouncilRoutes.forPath("/directory/shortlist").orElseThrow().viewId(),
                "a fixed path wins over the id pattern");
        assertEquals(Optional.empty(), CouncilRoutes.pathId("/directory/shortlist"));
        assertEquals(Optional.empty(), CouncilRoutes.pathId("/directory"));
        assertEquals(Optional.empty(), CouncilRoutes.pathId(null));
    }

    @Test
    void anythingButLettersDigitsAndHyphensIsNoRoute() {
        for (String path : new String[] {"/directory/", "/directory/a.b", "/directory/a/b", "/directory/%3Cscript%3E", "/directory/" + "a".repeat(65),
                "/directory/{id}", "/directoryx", "/directory/a b"}) {
            assertTrue(CouncilRoutes.forPath(path).isEmpty(), path);
            assertTrue(CouncilRoutes.pathId(path).isEmpty(), path);
        }
    }

    @Test
    void formsOnAPageWithAnIdPostBackToThatPage() {
        assertEquals(Optional.of("/directory/abc-123"), CouncilRoutes.pathOf(PROFILE, "/directory/abc-123"));
        assertEquals(Optional.empty(), CouncilRoutes.pathOf(PROFILE, "/users"));
        assertEquals(Optional.of("/users"), CouncilRoutes.pathOf(CouncilRoutes.VIEWS + "users/users.xhtml", null));
    }
}

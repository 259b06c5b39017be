package org.microcare.interfaces.council.web;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Optional;

import org.junit.jupiter.api.Test;
import org.microcare.application.AuthenticatedUser;
import org.microcare.domain.model.user.Role;

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
    void communityActivitiesAreReadByEveryoneSignedInAndKeptByBrokers() {
        assertEquals(CouncilRoutes.Access.SIGNED_IN, CouncilRoutes.forPath("/community").orElseThrow().access());
        assertEquals(CouncilRoutes.Access.BROKER, CouncilRoutes.forPath("/community/new").orElseThrow().access());
        assertEquals(CouncilRoutes.Access.BROKER, CouncilRoutes.forPath("/community/edit").orElseThrow().access());
        assertEquals(CouncilRoutes.VIEWS + "directory/activities.xhtml", CouncilRoutes.forPath("/directory/activities").orElseThrow().viewId(),
                "the public list of activities is a fixed path, not a profile id");
        assertEquals(CouncilRoutes.Access.PUBLIC, CouncilRoutes.forPath("/directory/activities").orElseThrow().access());
        assertEquals(Optional.empty(), CouncilRoutes.pathId("/directory/activities"));
    }

    @Test
    void clientsAreReadByBrokersAndAdminsAndWrittenByBrokersOnly() {
        AuthenticatedUser broker = new AuthenticatedUser("t", "b", "B", java.util.Set.of(Role.BROKER));
        AuthenticatedUser admin = new AuthenticatedUser("t", "a", "A", java.util.Set.of(Role.COUNCIL_ADMIN));
        AuthenticatedUser viewer = new AuthenticatedUser("t", "v", "V", java.util.Set.of(Role.VIEWER));
        for (String read : new String[] {"/clients", "/clients/view"}) {
            CouncilRoutes.Access access = CouncilRoutes.forPath(read).orElseThrow().access();
            assertTrue(access.allows(broker) && access.allows(admin) && !access.allows(viewer), read);
        }
        for (String write : new String[] {"/clients/new", "/clients/edit"}) {
            CouncilRoutes.Access access = CouncilRoutes.forPath(write).orElseThrow().access();
            assertTrue(access.allows(broker) && !access.allows(admin) && !access.allows(viewer), write);
        }
        for (String subjectAccessOrErasure : new String[] {"/clients/export", "/clients/export-json", "/clients/erase"}) {
            CouncilRoutes.Access access = CouncilRoutes.forPath(subjectAccessOrErasure).orElseThrow().access();
            assertTrue(access.allows(admin) && !access.allows(broker) && !access.allows(viewer), subjectAccessOrErasure);
        }
    }

    @Test
    void concernAndReassessmentPagesAreForBrokersAndAdminsNotViewers() {
        AuthenticatedUser broker = new AuthenticatedUser("t", "b", "B", java.util.Set.of(Role.BROKER));
        AuthenticatedUser admin = new AuthenticatedUser("t", "a", "A", java.util.Set.of(Role.COUNCIL_ADMIN));
        AuthenticatedUser viewer = new AuthenticatedUser("t", "v", "V", java.util.Set.of(Role.VIEWER));
        for (String page : new String[] {"/concerns/new", "/concerns/view", "/clients/reassessment", "/clients/reassessment-close"}) {
            CouncilRoutes.Access access = CouncilRoutes.forPath(page).orElseThrow().access();
            assertTrue(access.allows(broker) && access.allows(admin) && !access.allows(viewer), page);
        }
    }

    @Test
    void introductionPagesAreForBrokersOnly() {
        AuthenticatedUser broker = new AuthenticatedUser("t", "b", "B", java.util.Set.of(Role.BROKER));
        AuthenticatedUser admin = new AuthenticatedUser("t", "a", "A", java.util.Set.of(Role.COUNCIL_ADMIN));
        AuthenticatedUser viewer = new AuthenticatedUser("t", "v", "V", java.util.Set.of(Role.VIEWER));
        for (String page : new String[] {"/clients/introduction-shortlist", "/clients/introduce", "/clients/introduction-outcome"}) {
            CouncilRoutes.Access access = CouncilRoutes.forPath(page).orElseThrow().access();
            assertTrue(access.allows(broker) && !access.allows(admin) && !access.allows(viewer), page);
        }
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

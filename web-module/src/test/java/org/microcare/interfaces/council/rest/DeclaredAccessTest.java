package org.microcare.interfaces.council.rest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;

import jakarta.ws.rs.DELETE;
import jakarta.ws.rs.GET;
import jakarta.ws.rs.POST;
import jakarta.ws.rs.PUT;

import org.junit.jupiter.api.Test;

/** Every council resource method states who may call it; the filter refuses the rest, so this keeps new ones honest. */
class DeclaredAccessTest {

    /** Every top-level class of the council module with a JAX-RS {@code @Path}. */
    private static List<Class<?>> resourceClasses() throws IOException, ClassNotFoundException {
        Path root = Path.of("target", "classes");
        List<Class<?>> out = new ArrayList<>();
        try (Stream<Path> files = Files.walk(root.resolve(Path.of("org", "microcare", "interfaces", "council")))) {
            for (Path f : files.filter(p -> p.toString().endsWith(".class") && !p.getFileName().toString().contains("$")).toList()) {
                String name = root.relativize(f).toString().replace(".class", "").replace(java.io.File.separatorChar, '.');
                Class<?> type = Class.forName(name, false, DeclaredAccessTest.class.getClassLoader());
                if (type.isAnnotationPresent(jakarta.ws.rs.Path.class)) {
                    out.add(type);
                }
            }
        }
        return out;
    }

    @Test
    void onlyTheOpenReferralFeedIsPublic() throws Exception {
        List<String> open = new ArrayList<>();
        for (Class<?> type : resourceClasses()) {
            boolean anyPublic = type.isAnnotationPresent(PublicAccess.class)
                    || java.util.Arrays.stream(type.getMethods()).anyMatch(m -> m.isAnnotationPresent(PublicAccess.class));
            if (anyPublic) {
                open.add(type.getName());
            }
        }
        assertEquals(List.of("org.microcare.interfaces.council.openreferral.OpenReferralResource"), open);
    }

    private static boolean declared(Method m, Class<?> type) {
        return m.isAnnotationPresent(AllowedRoles.class) || m.isAnnotationPresent(AnyCouncilRole.class)
                || m.isAnnotationPresent(PublicAccess.class) || type.isAnnotationPresent(AllowedRoles.class)
                || type.isAnnotationPresent(AnyCouncilRole.class) || type.isAnnotationPresent(PublicAccess.class);
    }

    @Test
    void everyResourceMethodDeclaresWhoMayCallIt() throws Exception {
        List<String> undeclared = new ArrayList<>();
        int methods = 0;
        for (Class<?> type : resourceClasses()) {
            if (Modifier.isAbstract(type.getModifiers())) {
                continue;
            }
            for (Method m : type.getMethods()) {
                boolean endpoint = m.isAnnotationPresent(GET.class) || m.isAnnotationPresent(POST.class) || m.isAnnotationPresent(PUT.class)
                        || m.isAnnotationPresent(DELETE.class);
                if (endpoint) {
                    methods++;
                    if (!declared(m, type)) {
                        undeclared.add(type.getSimpleName() + "." + m.getName());
                    }
                }
            }
        }
        assertTrue(methods > 40, "found the resources: " + methods);
        assertEquals(List.of(), undeclared);
    }

    @Test
    void writesAreNeverOpenToEveryRole() throws Exception {
        List<String> open = new ArrayList<>();
        for (Class<?> type : resourceClasses()) {
            for (Method m : type.getMethods()) {
                boolean write = m.isAnnotationPresent(POST.class) || m.isAnnotationPresent(PUT.class) || m.isAnnotationPresent(DELETE.class);
                if (write && !m.isAnnotationPresent(AllowedRoles.class) && !type.isAnnotationPresent(AllowedRoles.class)) {
                    open.add(type.getSimpleName() + "." + m.getName());
                }
            }
        }
        assertEquals(List.of(), open);
    }

    /** A body of any other type would be read by the runtime's lenient JSON-B reader, not StrictJsonReader. */
    @Test
    void everyRequestBodyIsARecordReadStrictly() throws Exception {
        List<String> loose = new ArrayList<>();
        int bodies = 0;
        for (Class<?> type : resourceClasses()) {
            for (Method m : type.getMethods()) {
                if (!(m.isAnnotationPresent(POST.class) || m.isAnnotationPresent(PUT.class))) {
                    continue;
                }
                for (java.lang.reflect.Parameter p : m.getParameters()) {
                    boolean injected = java.util.Arrays.stream(p.getAnnotations())
                            .anyMatch(a -> a.annotationType().getPackageName().equals("jakarta.ws.rs")
                                    || a.annotationType().getPackageName().equals("jakarta.ws.rs.core"));
                    if (!injected) {
                        bodies++;
                        if (!p.getType().isRecord()) {
                            loose.add(type.getSimpleName() + "." + m.getName() + "(" + p.getType().getSimpleName() + ")");
                        }
                    }
                }
            }
        }
        assertTrue(bodies > 20, "found the request bodies: " + bodies);
        assertEquals(List.of(), loose);
    }
}

package org.microcare.platform;

import java.util.Map;

import org.junit.jupiter.api.extension.ExtensionContext;

/** One started runnable for every HTTP test class in the run; stopped when the run ends. */
public final class SharedPlatform {

    private static RunningPlatform platform;

    private SharedPlatform() {
    }

    public static synchronized RunningPlatform get(ExtensionContext context) throws Exception {
        if (platform == null) {
            platform = RunningPlatform.start("shared", Map.of());
            RunningPlatform started = platform;
            context.getRoot().getStore(ExtensionContext.Namespace.GLOBAL)
                    .put(SharedPlatform.class.getName(), (ExtensionContext.Store.CloseableResource) started::close);
        }
        return platform;
    }
}

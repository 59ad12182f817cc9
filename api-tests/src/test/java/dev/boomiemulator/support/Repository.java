package dev.boomiemulator.support;

import java.nio.file.Files;
import java.nio.file.Path;

/** Files of this repository, for tests that run what a user runs (the launcher, the fat jar). */
public final class Repository {
    private Repository() {
    }

    /**
     * {@code relative} in the repository this build runs in: Maven runs a module's tests in the module's folder, an
     * IDE often in the repository's. Where it is not there, the path where it would be, so a test can assume it exists.
     */
    public static Path file(String relative) {
        Path root = Path.of("").toAbsolutePath();
        while (!Files.exists(root.resolve(relative)) && root.getParent() != null) {
            root = root.getParent();
        }
        return root.resolve(relative);
    }
}

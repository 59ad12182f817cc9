package dev.boomiemulator.testcontainers;

import dev.boomiemulator.client.EmulatorRuntimeInfo;
import java.nio.file.Path;
import java.time.Duration;
import java.time.Instant;
import org.testcontainers.containers.GenericContainer;
import org.testcontainers.containers.wait.strategy.Wait;
import org.testcontainers.utility.DockerImageName;
import org.testcontainers.utility.MountableFile;

/**
 * The emulator's container image (see the Dockerfile: {@code docker build -t boomi-emulator .}) as a
 * Testcontainers container:
 *
 * <pre>{@code
 * @Container
 * static BoomiEmulatorContainer emulator = new BoomiEmulatorContainer()
 *         .withFixture("fixtures/my-account.json")
 *         .withoutDefaultFixtures();
 *
 * EmulatorRuntimeInfo runtime = emulator.runtimeInfo(); // runtime.platformUrl(), runtime.username(), ...
 * }</pre>
 *
 * Unlike the JUnit extension, nothing resets between tests: call {@code runtimeInfo().control().reset()}.
 */
public class BoomiEmulatorContainer extends GenericContainer<BoomiEmulatorContainer> {
    /** What {@code docker build -t boomi-emulator .} at the repository's root makes. */
    public static final DockerImageName DEFAULT_IMAGE = DockerImageName.parse("boomi-emulator:latest");
    public static final int PORT = 8080;
    /** The image's entrypoint loads every {@code *.json} here, by name, after the default set. */
    static final String FIXTURE_FOLDER = "/fixtures/";
    /** Readable by the image's unprivileged user. */
    private static final int FILE_MODE = 0644;

    private final DockerImageName imageName;
    private int fixtureCount;
    private String adminToken;

    public BoomiEmulatorContainer() {
        this(DEFAULT_IMAGE);
    }

    public BoomiEmulatorContainer(String image) {
        this(DockerImageName.parse(image));
    }

    public BoomiEmulatorContainer(DockerImageName image) {
        super(image);
        this.imageName = image;
        withExposedPorts(PORT);
        // healthy means listening with the fixtures loaded; a bad fixture makes the container exit instead
        waitingFor(Wait.forHttp("/_emulator/health").forPort(PORT).forStatusCode(200)
                .withStartupTimeout(Duration.ofMinutes(2)));
    }

    /** A fixture document on the test classpath, loaded after the ones given before it. */
    public BoomiEmulatorContainer withFixture(String classpathResource) {
        return withFixture(MountableFile.forClasspathResource(classpathResource, FILE_MODE), classpathResource);
    }

    /** A fixture document on the host's disk, loaded after the ones given before it. */
    public BoomiEmulatorContainer withFixture(Path file) {
        return withFixture(MountableFile.forHostPath(file, FILE_MODE), file.getFileName().toString());
    }

    private BoomiEmulatorContainer withFixture(MountableFile file, String name) {
        String base = name.substring(name.lastIndexOf('/') + 1);
        // numbered, because the entrypoint loads the folder in file-name order
        String target = FIXTURE_FOLDER + String.format("%03d-%s", ++fixtureCount, base.endsWith(".json") ? base : base + ".json");
        return withCopyFileToContainer(file, target);
    }

    /** Only the fixtures given with {@link #withFixture}: the demo accounts are not loaded. */
    public BoomiEmulatorContainer withoutDefaultFixtures() {
        return withEnv("BOOMI_EMULATOR_DEFAULT_FIXTURES", "false");
    }

    /** The clock starts frozen at {@code at}; move it with {@code runtimeInfo().control().advanceClock(...)}. */
    public BoomiEmulatorContainer withFrozenClock(Instant at) {
        return withEnv("BOOMI_EMULATOR_FREEZE_CLOCK", at.toString());
    }

    /** Protects the control API; {@link #runtimeInfo()} sends the token. */
    public BoomiEmulatorContainer withAdminToken(String token) {
        this.adminToken = token;
        return withEnv("BOOMI_EMULATOR_ADMIN_TOKEN", token);
    }

    /** The image this container runs (reading it needs no Docker, unlike {@code getDockerImageName()}). */
    public DockerImageName imageName() {
        return imageName;
    }

    /** {@code http://HOST:MAPPED_PORT} of the started container. */
    public String baseUrl() {
        return "http://" + getHost() + ":" + getMappedPort(PORT);
    }

    /** Where the started container listens, whom to be, and its control API: the same API as the JUnit extension's. */
    public EmulatorRuntimeInfo runtimeInfo() {
        return EmulatorRuntimeInfo.of(baseUrl(), adminToken);
    }
}

package io.omnicart.bench.jmh;

import io.omnicart.adapter.medusa.client.MedusaBenchAccess;
import io.omnicart.bench.tools.Fixtures;
import io.omnicart.gateway.api.paging.PagingBenchAccess;
import io.omnicart.gateway.config.JsonConfiguration;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;
import org.springframework.boot.WebApplicationType;
import org.springframework.boot.builder.SpringApplicationBuilder;
import org.springframework.boot.jackson.autoconfigure.JacksonAutoConfiguration;
import org.springframework.context.ConfigurableApplicationContext;
import tools.jackson.databind.json.JsonMapper;

/**
 * What the benchmarks share: the gateway's {@link JsonMapper} exactly as the application builds it (Spring Boot's
 * Jackson auto-configuration plus the gateway's {@link JsonConfiguration}; WebFlux encodes responses with this bean),
 * the adapter's reply reading, the gateway's list wrapping, and the fixtures directory.
 *
 * <p>Fixtures come from {@code -Dbench.fixtures=<dir>} (bench/run passes it) or are generated from
 * {@code -Dbench.samples=<dir>} (default: the repository's one copy, {@value #SAMPLES}, from the repository root).
 */
@State(Scope.Benchmark)
public class GatewayJson {

    static final String SAMPLES = "commerce-testkit/src/main/resources/samples/medusa";

    ConfigurableApplicationContext context;
    JsonMapper gateway;
    MedusaBenchAccess medusa;
    PagingBenchAccess paging;
    Path fixtures;

    @Setup(Level.Trial)
    public void setUp() throws IOException {
        context = new SpringApplicationBuilder(JacksonAutoConfiguration.class, JsonConfiguration.class)
                .web(WebApplicationType.NONE)
                .logStartupInfo(false)
                .run("--spring.main.banner-mode=off", "--logging.level.root=warn");
        gateway = context.getBean(JsonMapper.class);
        medusa = new MedusaBenchAccess();
        paging = new PagingBenchAccess("omnicart-bench-cursor-key-0123456789abcdef".getBytes(StandardCharsets.UTF_8));
        fixtures = fixtures();
    }

    @TearDown(Level.Trial)
    public void tearDown() {
        context.close();
    }

    byte[] read(String name) throws IOException {
        return Files.readAllBytes(fixtures.resolve(name));
    }

    private static Path fixtures() throws IOException {
        String given = System.getProperty("bench.fixtures");
        if (given != null && !given.isBlank()) {
            return Path.of(given);
        }
        Path out = Files.createTempDirectory("omnicart-bench-fixtures");
        Fixtures.main(new String[] {System.getProperty("bench.samples", SAMPLES), out.toString()});
        return out;
    }
}

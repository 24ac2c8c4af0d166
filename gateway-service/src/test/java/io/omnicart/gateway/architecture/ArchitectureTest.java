package io.omnicart.gateway.architecture;

import static com.tngtech.archunit.base.DescribedPredicate.describe;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.classes;
import static com.tngtech.archunit.lang.syntax.ArchRuleDefinition.noClasses;
import static com.tngtech.archunit.library.dependencies.SlicesRuleDefinition.slices;
import static org.assertj.core.api.Assertions.assertThat;

import com.tngtech.archunit.base.DescribedPredicate;
import com.tngtech.archunit.core.domain.JavaCall;
import com.tngtech.archunit.core.domain.JavaClass;
import com.tngtech.archunit.core.domain.JavaClasses;
import com.tngtech.archunit.core.importer.ImportOption;
import com.tngtech.archunit.junit.AnalyzeClasses;
import com.tngtech.archunit.junit.ArchTest;
import com.tngtech.archunit.lang.ArchRule;
import io.omnicart.core.error.CommerceException;
import org.springframework.boot.context.properties.ConfigurationProperties;
import org.springframework.validation.annotation.Validated;

/**
 * The shape of the code base (style.md), checked on the main classes of every module on gateway-service's test
 * classpath: its own, commerce-core, and the adapters and credential-service it depends on at runtime. Rules about
 * modules that do not exist yet pass while there is nothing to check.
 */
@AnalyzeClasses(packages = "io.omnicart", importOptions = ImportOption.DoNotIncludeTests.class)
class ArchitectureTest {

    private static final String CORE = "io.omnicart.core..";
    private static final String ADAPTERS = "io.omnicart.adapter..";
    private static final String ADAPTER_SUPPORT = "io.omnicart.adapter.support..";
    private static final String GATEWAY = "io.omnicart.gateway..";
    private static final String CREDENTIALS = "io.omnicart.credential..";
    private static final String TESTKIT = "io.omnicart.testkit..";
    private static final String SPRING = "org.springframework..";
    private static final String[] NETTY = {"io.netty..", "reactor.netty.."};

    @ArchTest
    static void importsMainClassesOfEveryModuleButNoTests(JavaClasses classes) {
        assertThat(classes.containPackage("io.omnicart.gateway")).isTrue();
        assertThat(classes.containPackage("io.omnicart.core.spi")).isTrue();
        assertThat(classes.stream().anyMatch(c -> c.getPackageName().startsWith("io.omnicart.adapter.")))
                .as("adapter classes (runtime dependencies) are imported")
                .isTrue();
        assertThat(classes.containPackage("io.omnicart.adapter.support.http"))
                .as("adapter-support (a dependency of the HTTP adapters) is imported")
                .isTrue();
        assertThat(classes.containPackage("io.omnicart.testkit.simulator"))
                .as("the test kit (a test dependency) is imported")
                .isTrue();
        assertThat(classes.stream().map(JavaClass::getName))
                .noneMatch(name -> name.endsWith("Test") || name.contains(".support.TestTokens"));
    }

    @ArchTest
    static final ArchRule coreIsFreeOfSpringAndNetty = noClasses()
            .that()
            .resideInAPackage(CORE)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(SPRING, NETTY[0], NETTY[1])
            .because("commerce-core is the framework-free model and SPI: move Spring wiring to the module's config "
                    + "package and keep HTTP clients in the adapters")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule adaptersAreIndependentOfEachOther = slices().matching("io.omnicart.adapter.(*)..")
            .should()
            .notDependOnEachOther()
            .ignoreDependency(DescribedPredicate.alwaysTrue(), JavaClass.Predicates.resideInAPackage(ADAPTER_SUPPORT))
            .because("a platform must be addable or removable as one dependency: move what every HTTP adapter needs "
                    + "the same way to adapter-support (io.omnicart.adapter.support), the model or ports to "
                    + "commerce-core")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule adapterSupportDependsOnTheCoreOnly = noClasses()
            .that()
            .resideInAPackage(ADAPTER_SUPPORT)
            .should()
            .dependOnClassesThat(JavaClass.Predicates.resideInAPackage(ADAPTERS)
                    .and(DescribedPredicate.not(JavaClass.Predicates.resideInAPackage(ADAPTER_SUPPORT))))
            .orShould()
            .dependOnClassesThat()
            .resideInAnyPackage(GATEWAY, CREDENTIALS, TESTKIT)
            .because("the direction is adapters -> adapter-support -> commerce-core: adapter-support holds only what "
                    + "every HTTP adapter shares, so move platform-specific code back into its adapter and take "
                    + "gateway or credential concerns through commerce-core's SPI/ports")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule adaptersSeeOnlyTheCore = noClasses()
            .that()
            .resideInAPackage(ADAPTERS)
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(GATEWAY, CREDENTIALS, TESTKIT)
            .because("adapters depend on commerce-core (and adapter-support) only: take what you need through the "
                    + "SPI/ports of "
                    + "io.omnicart.core (StoreConnection, TokenCache, …) instead of gateway, credential or testkit "
                    + "classes")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule gatewayDoesNotReachIntoAdapters = noClasses()
            .that()
            .resideInAPackage(GATEWAY)
            .should()
            .dependOnClassesThat()
            .resideInAPackage(ADAPTERS)
            .because("the gateway talks to platforms only through the commerce-core SPI (adapters are runtime "
                    + "dependencies that register themselves by auto-configuration): add what is missing to the SPI")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule mappersArePure = noClasses()
            .that()
            .resideInAPackage("io.omnicart..mapping..")
            .should()
            .dependOnClassesThat()
            .resideInAnyPackage(SPRING, "reactor..", NETTY[0], "java.net.http..", "java.sql..")
            .because("mappers are pure static functions wire DTO -> core model: do the I/O (WebClient, Mono/Flux) "
                    + "in the *Client or the adapter and pass plain values to the mapper")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule simulatorsShareNoAdapterCode = noClasses()
            .that()
            .resideInAPackage("io.omnicart.testkit.simulator..")
            .should()
            .dependOnClassesThat()
            .resideInAPackage(ADAPTERS)
            .because("a simulator built from the adapter's own wire model would agree with the adapter's bugs: give "
                    + "the simulator its own wire records built from ../reference/")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule noBlockingCalls = noClasses()
            .that()
            .resideOutsideOfPackage(TESTKIT)
            .should()
            .callMethodWhere(blockingReactorCall())
            .orShould()
            .callMethodWhere(threadSleep())
            .orShould()
            .dependOnClassesThat()
            .haveNameMatching("org\\.springframework\\.web\\.client\\.Rest(Template|Client)(\\$.*)?")
            .orShould()
            .dependOnClassesThat()
            .resideInAPackage("java.sql..")
            .because("the gateway runs on a few event-loop threads that must never wait: compose with "
                    + "flatMap/zip/then instead of block*/toIterable/toStream, use Mono.delay or Reactor's retry "
                    + "backoff instead of Thread.sleep, WebClient instead of RestTemplate/RestClient, and R2DBC "
                    + "instead of JDBC")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule noFireAndForgetSubscriptions = noClasses()
            .that()
            .resideOutsideOfPackage(TESTKIT)
            .should()
            .callMethodWhere(reactorCall("subscribe")
                    .and(DescribedPredicate.not(redisProbeLoop()))
                    .and(DescribedPredicate.not(lifecycleStart())))
            .because("a subscribe() detaches work from the request (lost errors, no back-pressure, no "
                    + "cancellation): return the publisher and let the caller compose it; a background loop is "
                    + "subscribed only in a SmartLifecycle's start() and disposed in its stop()")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule configurationPropertiesAreRecords = classes()
            .that()
            .areAnnotatedWith(ConfigurationProperties.class)
            .should()
            .beRecords()
            .because("settings are immutable, validated values: write an @Validated record with @DefaultValue "
                    + "components instead of a mutable JavaBean")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule configurationPropertiesAreValidated = classes()
            .that()
            .areAnnotatedWith(ConfigurationProperties.class)
            .should()
            .beAnnotatedWith(Validated.class)
            .because("bad settings must stop the start-up, not a request: annotate the record with @Validated and "
                    + "its components with jakarta.validation constraints (@NotNull, @Positive, …)")
            .allowEmptyShould(true);

    @ArchTest
    static final ArchRule onlyErrorTranslatorsCreateCommerceExceptions = noClasses()
            .that()
            .resideInAPackage(ADAPTERS)
            .and()
            .haveNameNotMatching(".*ErrorTranslator(\\$.*)?")
            .should()
            .callConstructorWhere(JavaCall.Predicates.target(describe(
                    "a CommerceException subclass",
                    target -> target.getOwner().isAssignableTo(CommerceException.class))))
            .because("each adapter maps upstream failures to core errors in exactly one place: add a case "
                    + "(or a factory method) to the adapter's *ErrorTranslator and call that")
            .allowEmptyShould(true);

    private static DescribedPredicate<JavaCall<?>> blockingReactorCall() {
        return reactorCall("block", "blockFirst", "blockLast", "blockOptional", "toIterable", "toStream");
    }

    private static DescribedPredicate<JavaCall<?>> reactorCall(String... names) {
        java.util.Set<String> wanted = java.util.Set.of(names);
        return describe(
                "a Reactor " + wanted + " call",
                call -> wanted.contains(call.getName())
                        && call.getTargetOwner().getPackageName().startsWith("reactor.core.publisher"));
    }

    /**
     * The one deliberate background subscription: while Redis is switched off, {@code RedisFallback} probes it on its
     * own timer (no request waits for or owns that work; the loop is disposed when the application closes).
     */
    private static DescribedPredicate<JavaCall<?>> redisProbeLoop() {
        return describe(
                "RedisFallback's background probe",
                call -> call.getOriginOwner().getName().equals("io.omnicart.gateway.tokencache.RedisFallback")
                        && call.getOrigin().getName().equals("scheduleProbe"));
    }

    private static DescribedPredicate<JavaCall<?>> lifecycleStart() {
        return describe(
                "a SmartLifecycle's start()",
                call -> call.getOrigin().getName().equals("start")
                        && call.getOriginOwner().isAssignableTo(org.springframework.context.SmartLifecycle.class));
    }

    private static DescribedPredicate<JavaCall<?>> threadSleep() {
        return describe(
                "Thread.sleep",
                call -> call.getName().equals("sleep") && call.getTargetOwner().isAssignableTo(Thread.class));
    }
}

package io.omnicart.gateway.routing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import io.omnicart.core.model.Capability;
import io.omnicart.core.model.Platform;
import io.omnicart.core.spi.CommerceAdapter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.springframework.beans.factory.support.StaticListableBeanFactory;

class AdapterRegistryTest {

    private final StaticListableBeanFactory beans = new StaticListableBeanFactory();

    @Test
    void adaptersAreFoundByPlatform() {
        StubAdapter demo = new StubAdapter(Platform.DEMO, Set.of(Capability.ORDERS_READ), true);
        beans.addBean("demo", demo.adapter);

        AdapterRegistry registry = registry();

        assertThat(registry.find(Platform.DEMO)).containsSame(demo.adapter);
        assertThat(registry.find(Platform.MEDUSA)).isEmpty();
        assertThat(registry.supports(Platform.DEMO)).isTrue();
    }

    @Test
    void everyDecoratorWrapsEveryAdapterOnceInOrder() {
        List<String> applied = new ArrayList<>();
        StubAdapter demo = new StubAdapter(Platform.DEMO, Set.of(), true);
        StubAdapter medusa = new StubAdapter(Platform.MEDUSA, Set.of(), false);
        beans.addBean("demo", demo.adapter);
        beans.addBean("medusa", medusa.adapter);
        beans.addBean("guard", (AdapterDecorator) adapter -> wrap("guard", adapter, applied));
        beans.addBean("metrics", (AdapterDecorator) adapter -> wrap("metrics", adapter, applied));

        AdapterRegistry registry = registry();

        assertThat(applied).containsExactlyInAnyOrder("guard:demo", "metrics:demo", "guard:medusa", "metrics:medusa");
        assertThat(applied.indexOf("guard:demo")).isLessThan(applied.indexOf("metrics:demo"));
        assertThat(registry.find(Platform.DEMO).orElseThrow().platform()).isEqualTo(Platform.DEMO);
        assertThat(registry.find(Platform.DEMO)).isNotEmpty().get().isNotSameAs(demo.adapter);
    }

    @Test
    void twoAdaptersForOnePlatformFailTheStart() {
        beans.addBean("one", new StubAdapter(Platform.DEMO, Set.of(), true).adapter);
        beans.addBean("two", new StubAdapter(Platform.DEMO, Set.of(), true).adapter);

        assertThatThrownBy(this::registry)
                .isInstanceOf(IllegalStateException.class)
                .hasMessageContaining("demo");
    }

    private AdapterRegistry registry() {
        return new AdapterRegistry(
                beans.getBeanProvider(CommerceAdapter.class), beans.getBeanProvider(AdapterDecorator.class));
    }

    private static CommerceAdapter wrap(String name, CommerceAdapter adapter, List<String> applied) {
        applied.add(name + ":" + adapter.platform().wire());
        return new StubAdapter(adapter.platform(), adapter.capabilities(), adapter.readOnly()).adapter;
    }
}

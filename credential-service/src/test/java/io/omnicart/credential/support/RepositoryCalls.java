package io.omnicart.credential.support;

import io.omnicart.credential.persistence.AccountRepository;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import org.aopalliance.intercept.MethodInterceptor;
import org.springframework.aop.framework.ProxyFactory;
import org.springframework.beans.factory.config.BeanPostProcessor;

/**
 * Counts the calls made to the {@link AccountRepository} bean, by method name: each is one SQL statement, so a count
 * that does not move shows an answer that came from no database at all. Register it as a source of the test context.
 */
public final class RepositoryCalls implements BeanPostProcessor {

    private final Map<String, AtomicLong> calls = new ConcurrentHashMap<>();

    @Override
    public Object postProcessAfterInitialization(Object bean, String beanName) {
        if (!(bean instanceof AccountRepository)) {
            return bean;
        }
        ProxyFactory proxy = new ProxyFactory(bean);
        proxy.setProxyTargetClass(true);
        proxy.addAdvice((MethodInterceptor) invocation -> {
            calls.computeIfAbsent(invocation.getMethod().getName(), name -> new AtomicLong())
                    .incrementAndGet();
            return invocation.proceed();
        });
        return proxy.getProxy();
    }

    /** Calls of {@code method} since the last {@link #reset}. */
    public long count(String method) {
        AtomicLong count = calls.get(method);
        return count == null ? 0 : count.get();
    }

    public void reset() {
        calls.clear();
    }
}

package io.omnicart.testkit.simulator.http;

import io.omnicart.testkit.simulator.Fault;
import io.omnicart.testkit.simulator.FaultRule;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Optional;

/** The queue of pending fault rules; the first rule matching a request fires and uses up one of its times. */
public final class FaultInjector {

    private final List<Pending> pending = new ArrayList<>();

    public synchronized void add(FaultRule rule) {
        pending.add(new Pending(rule, rule.times()));
    }

    public synchronized void clear() {
        pending.clear();
    }

    /** The fault for this request, consuming it, or empty when no rule matches. */
    public synchronized Optional<Fault> take(String method, String path, boolean authCall) {
        Iterator<Pending> iterator = pending.iterator();
        while (iterator.hasNext()) {
            Pending candidate = iterator.next();
            if (candidate.rule.matches(method, path, authCall)) {
                candidate.remaining--;
                if (candidate.remaining == 0) {
                    iterator.remove();
                }
                return Optional.of(candidate.rule.fault());
            }
        }
        return Optional.empty();
    }

    private static final class Pending {
        private final FaultRule rule;
        private int remaining;

        private Pending(FaultRule rule, int remaining) {
            this.rule = rule;
            this.remaining = remaining;
        }
    }
}

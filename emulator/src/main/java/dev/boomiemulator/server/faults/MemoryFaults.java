package dev.boomiemulator.server.faults;

import java.util.List;
import java.util.concurrent.CopyOnWriteArrayList;
import java.util.concurrent.atomic.AtomicLong;

/** The fault rules of one emulator, in its memory: reading them costs nothing while there are none. */
final class MemoryFaults implements FaultStore {
    private final List<FaultRule> rules = new CopyOnWriteArrayList<>();
    private final AtomicLong ids = new AtomicLong();

    @Override
    public List<FaultRule> all() {
        return rules.isEmpty() ? List.of() : List.copyOf(rules);
    }

    @Override
    public FaultRule add(FaultRule.Definition definition) {
        FaultRule rule = new FaultRule("fault-" + ids.incrementAndGet(), definition);
        rules.add(rule);
        return rule;
    }

    @Override
    public boolean remove(String id) {
        return rules.removeIf(rule -> rule.id().equals(id));
    }

    @Override
    public int clear() {
        int removed = rules.size();
        rules.clear();
        return removed;
    }

    @Override
    public boolean fires(FaultRule rule) {
        return rule.fires();
    }
}

package dev.boomiemulator.server.faults;

import java.util.List;

/** Where the fault rules in force are kept, with their counts: this emulator's memory, or a shared database. */
interface FaultStore {
    /** The rules, in the order they were added. */
    List<FaultRule> all();

    FaultRule add(FaultRule.Definition definition);

    boolean remove(String id);

    /** @return how many rules there were */
    int clear();

    /** Counts one more match of the rule; whether it fires for it. */
    boolean fires(FaultRule rule);
}

package dev.boomiemulator.domain.execution;

import java.util.List;

/** What {@code GET ExecutionRecord/async/{requestId}} finds. */
public sealed interface ExecutionPoll {
    /** No request with that id in the account. */
    record Unknown() implements ExecutionPoll {
    }

    /** Requested, but the record does not exist yet (the execution starts later on the clock). */
    record Pending() implements ExecutionPoll {
    }

    /** The record(s) of the request. */
    record Ready(List<ExecutionRecord> records) implements ExecutionPoll {
    }
}

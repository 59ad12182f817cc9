package dev.boomiemulator.domain.integrationpack;

import java.time.Instant;
import java.util.List;
import java.util.Optional;

/**
 * An installed integration pack.
 *
 * @param overrideName   the instance's name; MULTI packs only (null for SINGLE)
 * @param environmentIds the environments the instance is attached to, in attachment order
 */
public record IntegrationPackInstance(String id, String integrationPackId, String integrationPackName,
                                      InstallationType installationType, String overrideName,
                                      List<Process> processes, List<String> environmentIds,
                                      Instant installedDate) {
    public IntegrationPackInstance {
        processes = List.copyOf(processes);
        environmentIds = List.copyOf(environmentIds);
    }

    /**
     * A process the instance brings.
     *
     * @param wrapperProcessId the instance's own process id; MULTI packs only (null for SINGLE)
     */
    public record Process(String originalProcessId, String wrapperProcessId, String name) {
        /** The id callers use for this process: the wrapper id for MULTI packs, else the process id. */
        public String processId() {
            return wrapperProcessId != null ? wrapperProcessId : originalProcessId;
        }
    }

    public boolean isMulti() {
        return installationType == InstallationType.MULTI;
    }

    /** A process by the id callers use, or (when unambiguous within the instance) its original id. */
    public Optional<Process> process(String processId) {
        return processes.stream().filter(p -> p.processId().equals(processId)).findFirst()
                .or(() -> processes.stream().filter(p -> p.originalProcessId().equals(processId)).findFirst());
    }
}

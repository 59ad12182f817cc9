package dev.boomiemulator.domain.integrationpack;

/** An integration pack available to an account, with its processes and extensible parts. */
public record IntegrationPack(String id, String name, String description, InstallationType installationType,
                              IntegrationPackDefinition definition) {
    public boolean isMulti() {
        return installationType == InstallationType.MULTI;
    }
}

package dev.boomiemulator.domain.integrationpack;

/** Whether an account may install a pack once (SINGLE) or several times under different names (MULTI). */
public enum InstallationType {
    SINGLE, MULTI
}

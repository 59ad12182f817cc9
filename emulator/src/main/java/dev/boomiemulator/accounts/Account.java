package dev.boomiemulator.accounts;

import java.time.Instant;

/** @param parentAccountId the partner account that manages this one, or null */
public record Account(String id, String name, String status, Instant dateCreated, String parentAccountId) {
}

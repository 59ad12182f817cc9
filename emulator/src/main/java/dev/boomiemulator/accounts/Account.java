package dev.boomiemulator.accounts;

import java.time.Instant;

public record Account(String id, String name, String status, Instant dateCreated) {
}

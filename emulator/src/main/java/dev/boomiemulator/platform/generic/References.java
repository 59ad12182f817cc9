package dev.boomiemulator.platform.generic;

import java.util.Optional;

/**
 * The references a generic object makes by naming another object's id ({@code environmentId}, {@code atomId},
 * {@code roleId}...), which must name an object of the account, as the real service refuses a role attachment to an
 * environment that does not exist. The engine asks before it stores a create or an update.
 */
@FunctionalInterface
public interface References {
    /** Why {@code value} of {@code property} names nothing of the account, or empty when it is fine (or no reference). */
    Optional<String> problem(String accountId, String property, String value);

    References NONE = (accountId, property, value) -> Optional.empty();
}

package dev.boomiemulator.platform.atomsettings;

import static dev.boomiemulator.db.jooq.Tables.ATOM;

import dev.boomiemulator.platform.PlatformException;
import org.jooq.DSLContext;

/** The Atoms settings are kept for: each setting's key is an Atom of the account, and its defaults come from it. */
public final class AtomHosts {
    /** What the settings need of an Atom: its name, kind (ATOM, MOLECULE, CLOUD), host, and cloud if attached to one. */
    record AtomHost(String id, String name, String type, String hostName, String cloudId) {
        boolean attachedToCloud() {
            return cloudId != null && !cloudId.isBlank();
        }

        /** The host its web server is reached at: the Atom's, else localhost. */
        String host() {
            return hostName == null || hostName.isBlank() ? "localhost" : hostName;
        }
    }

    private final DSLContext dsl;

    public AtomHosts(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** The Atom, or a 404 naming it: settings of an Atom the account does not have are not there to read or write. */
    AtomHost require(String accountId, String atomId) {
        return dsl.select(ATOM.ID, ATOM.NAME, ATOM.TYPE, ATOM.HOST_NAME, ATOM.CLOUD_ID).from(ATOM)
                .where(ATOM.ACCOUNT_ID.eq(accountId).and(ATOM.ID.eq(atomId)))
                .fetchOptional(row -> new AtomHost(row.value1(), row.value2(), row.value3(), row.value4(), row.value5()))
                .orElseThrow(() -> PlatformException.notFound("Atom", atomId));
    }
}

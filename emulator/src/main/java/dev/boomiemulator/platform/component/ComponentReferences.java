package dev.boomiemulator.platform.component;

import static dev.boomiemulator.db.jooq.Tables.COMPONENT_REFERENCE;
import static dev.boomiemulator.db.jooq.Tables.COMPONENT_VERSION;

import dev.boomiemulator.db.LookupValues;
import dev.boomiemulator.db.jooq.tables.records.ComponentReferenceRecord;
import dev.boomiemulator.platform.query.FilterProperty;
import dev.boomiemulator.platform.query.QueryDefinition;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.jooq.DSLContext;

/**
 * Which components a component version references, read off its XML when it is saved: every attribute value in its
 * {@code bns:object} that is the id of another component of the account (a process's connector, profile or map, a
 * called process). Each reference is DEPENDENT, as Boomi packages and deploys such components with the process.
 */
final class ComponentReferences {
    static final QueryDefinition<ComponentReferenceRecord> QUERY = new QueryDefinition<>(
            "ComponentReference", COMPONENT_REFERENCE, COMPONENT_REFERENCE.ACCOUNT_ID, COMPONENT_REFERENCE.SEQ,
            List.of(
                    FilterProperty.string("parentComponentId", COMPONENT_REFERENCE.PARENT_COMPONENT_ID),
                    FilterProperty.number("parentVersion", COMPONENT_REFERENCE.PARENT_VERSION),
                    FilterProperty.string("componentId", COMPONENT_REFERENCE.COMPONENT_ID),
                    FilterProperty.enumeration("type", COMPONENT_REFERENCE.TYPE)),
            List.of(),
            row -> wrap(List.of(row)));
    private static final Pattern ATTRIBUTE_VALUE = Pattern.compile("=\"([^\"<>]{8,255})\"");
    private static final String DEPENDENT = "DEPENDENT";

    private final DSLContext dsl;

    ComponentReferences(DSLContext dsl) {
        this.dsl = dsl;
    }

    /** Records what a newly saved version references. */
    void record(String accountId, Component component) {
        Set<String> candidates = new LinkedHashSet<>();
        Matcher values = ATTRIBUTE_VALUE.matcher(component.objectXml());
        while (values.find()) {
            if (!values.group(1).equals(component.id())) {
                candidates.add(values.group(1));
            }
        }
        if (candidates.isEmpty()) {
            return;
        }
        // each candidate looked up by key: "component_id in (...)" read every version of the account
        Set<String> components = new HashSet<>(LookupValues.readAll(candidates, wanted -> dsl
                .selectDistinct(COMPONENT_VERSION.COMPONENT_ID).from(wanted.table())
                .join(COMPONENT_VERSION).on(COMPONENT_VERSION.ACCOUNT_ID.eq(accountId)
                        .and(COMPONENT_VERSION.COMPONENT_ID.eq(wanted.value())))
                .fetch(COMPONENT_VERSION.COMPONENT_ID)));
        for (String child : candidates) {
            if (components.contains(child)) {
                dsl.insertInto(COMPONENT_REFERENCE)
                        .set(COMPONENT_REFERENCE.ACCOUNT_ID, accountId)
                        .set(COMPONENT_REFERENCE.PARENT_COMPONENT_ID, component.id())
                        .set(COMPONENT_REFERENCE.PARENT_VERSION, component.version())
                        .set(COMPONENT_REFERENCE.COMPONENT_ID, child)
                        .set(COMPONENT_REFERENCE.TYPE, DEPENDENT)
                        .execute();
            }
        }
    }

    /** The references a component takes part in, as the child (where it is used) or as the parent (what it uses). */
    List<ComponentReferenceRecord> involving(String accountId, String componentId) {
        return dsl.selectFrom(COMPONENT_REFERENCE)
                .where(COMPONENT_REFERENCE.ACCOUNT_ID.eq(accountId).and(COMPONENT_REFERENCE.COMPONENT_ID.eq(componentId)
                        .or(COMPONENT_REFERENCE.PARENT_COMPONENT_ID.eq(componentId))))
                .orderBy(COMPONENT_REFERENCE.SEQ)
                .fetch();
    }

    /** What one version of a component references. */
    List<String> children(String accountId, String componentId, int version) {
        return dsl.select(COMPONENT_REFERENCE.COMPONENT_ID).from(COMPONENT_REFERENCE)
                .where(COMPONENT_REFERENCE.ACCOUNT_ID.eq(accountId)
                        .and(COMPONENT_REFERENCE.PARENT_COMPONENT_ID.eq(componentId))
                        .and(COMPONENT_REFERENCE.PARENT_VERSION.eq(version)))
                .orderBy(COMPONENT_REFERENCE.SEQ)
                .fetch(COMPONENT_REFERENCE.COMPONENT_ID);
    }

    /** A ComponentReference object: the references, each parent, version, child and type. */
    static Map<String, Object> wrap(List<ComponentReferenceRecord> rows) {
        Map<String, Object> reference = new LinkedHashMap<>();
        reference.put("@type", "ComponentReference");
        reference.put("references", rows.stream().map(row -> {
            Map<String, Object> one = new LinkedHashMap<>();
            one.put("@type", "References");
            one.put("parentComponentId", row.getParentComponentId());
            one.put("parentVersion", row.getParentVersion());
            one.put("componentId", row.getComponentId());
            one.put("type", row.getType());
            return one;
        }).toList());
        return reference;
    }
}

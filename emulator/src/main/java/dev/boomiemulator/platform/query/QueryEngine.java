package dev.boomiemulator.platform.query;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.NullNode;
import dev.boomiemulator.db.RowCounts;
import dev.boomiemulator.platform.PlatformException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.Function;
import java.util.function.Supplier;
import java.util.function.UnaryOperator;
import org.jooq.Condition;
import org.jooq.DSLContext;
import org.jooq.Field;
import org.jooq.Record;
import org.jooq.Result;
import org.jooq.SortField;
import org.jooq.Table;
import org.jooq.impl.DSL;

/**
 * Runs Platform queries with keyset paging. A query fixes the highest insertion sequence when it
 * begins (its ceiling); every page is "rows after the last key sent, up to the ceiling", read through
 * the (account, sequence) index. So rows added while a client pages never appear, nothing existing is
 * repeated or skipped, a queryMore page costs the same at row 100,000 as at row 1,000, and the server keeps
 * no per-query memory: the signed token carries it all. The first page also counts the matches
 * ({@code numberOfResults}), which reads every match: the one cost that grows with them, except for a query with no
 * filter where the store keeps each account's row count ({@link RowCounts}).
 */
public final class QueryEngine {
    public static final int PAGE_SIZE = 100;

    private final DSLContext dsl;
    private final QueryToken tokens;
    private final RowCounts counts;
    private final StatementSql statements;

    public QueryEngine(DSLContext dsl, QueryToken tokens, RowCounts counts) {
        this.dsl = dsl;
        this.tokens = tokens;
        this.counts = counts;
        this.statements = new StatementSql(dsl);
    }

    /** The first page of {@code body}'s query (no body, {@code null} or {@code {}} match everything). */
    public <R extends Record> QueryResult query(QueryDefinition<R> definition, String accountId, JsonNode body) {
        JsonNode query = body == null || body.isMissingNode() ? NullNode.getInstance() : body;
        Optional<Expression> expression = definition.parser().parse(query);
        Optional<Sort> sort = sort(definition, query);
        Shape shape = new Shape(definition, expression, sort);
        // The ceiling and the number of matches, read in one statement: it sees one state of the table, so every row
        // it counts lies at or below the ceiling it reads, and the page's rows are the ones counted.
        Binds binds = new Binds();
        Supplier<Field<?>> matchCount = matchCount(definition, accountId, expression, binds);
        Record read = statements.fetch(shape.of("count"), binds, () -> dsl.select(
                DSL.field(DSL.select(DSL.max(definition.seqColumn())).from(definition.table())), matchCount.get()))
                .get(0);
        Long highest = read.get(0, Long.class);
        long ceiling = highest == null ? 0 : highest;
        long total = read.get(1, Long.class);
        Function<Binds, Condition> within = b -> definition.rowsOf(accountId, b)
                .and(definition.seqColumn().le(b.value(ceiling, definition.seqColumn())));
        return page(definition, accountId, query, shape, b -> within.apply(b).and(ConditionBuilder.of(expression, b)),
                b -> matching(expression, within.apply(b), b), ceiling, total);
    }

    /**
     * The number of matches, as a field of the statement that reads it: with no filter the account's rows are all the
     * matches, and their number is read where the store keeps it (if it keeps one); else the matching rows are
     * counted. Its bound values are made now, in their order in the statement; the field itself only when the
     * statement is built (not at all when its SQL is kept).
     */
    private <R extends Record> Supplier<Field<?>> matchCount(QueryDefinition<R> definition, String accountId,
            Optional<Expression> expression, Binds binds) {
        if (expression.isEmpty()) {
            Optional<Field<Long>> kept = definition.rowCount(counts, accountId, binds);
            if (kept.isPresent()) {
                Field<Long> count = kept.get();
                return () -> count;
            }
        }
        Condition matches = matching(expression, definition.rowsOf(accountId, binds), binds);
        return () -> DSL.field(DSL.selectCount().from(definition.table()).where(matches));
    }

    /**
     * The rows of {@code within} that the expression matches, found from the side-table values the filter requires
     * when it requires some: counted (and read, when few) that way, a value that no object has costs a lookup instead
     * of a walk over the account.
     */
    private static Condition matching(Optional<Expression> expression, Condition within, Binds binds) {
        Condition filter = ConditionBuilder.of(expression, binds);
        return ConditionBuilder.drivingValues(expression, within, binds).map(values -> values.and(filter))
                .orElse(within.and(filter));
    }

    /** The page after the one {@code token} was issued with. */
    public <R extends Record> QueryResult queryMore(QueryDefinition<R> definition, String accountId, String token) {
        QueryToken.State state = tokens.decode(token, accountId, definition.objectType());
        Optional<Expression> expression = definition.parser().parse(state.query());
        Optional<Sort> sort = sort(definition, state.query());
        Shape shape = new Shape(definition, expression, sort);
        Function<Binds, Condition> scope = b -> definition.rowsOf(accountId, b)
                .and(definition.seqColumn().le(b.value(state.ceiling(), definition.seqColumn())))
                .and(ConditionBuilder.of(expression, b))
                .and(after(definition, sort, state, b));
        return page(definition, accountId, state.query(), shape.after(state.lastSortValue() != null), scope, scope,
                state.ceiling(), state.total());
    }

    /**
     * A page of the rows of {@code scope}; {@code matches} are the same rows, written for reading all of them (see
     * {@link #query}). Both build their condition with the statement's binds.
     */
    private <R extends Record> QueryResult page(QueryDefinition<R> definition, String accountId, JsonNode query,
                                                Shape shape, Function<Binds, Condition> scope,
                                                Function<Binds, Condition> matches, long ceiling, long total) {
        Result<R> rows = total == 0 ? dsl.newResult(definition.table())
                : total <= PAGE_SIZE ? allInOrder(definition, shape, matches)
                : firstInIndexOrder(definition, shape, scope);
        boolean more = rows.size() > PAGE_SIZE;
        List<R> shown = more ? rows.subList(0, PAGE_SIZE) : rows;
        List<Object> result = new ArrayList<>(shown.size());
        shown.forEach(row -> result.add(definition.render(row)));
        String next = null;
        if (more) {
            R last = shown.get(shown.size() - 1);
            String lastSortValue = shape.sort().map(s -> String.valueOf(last.get(s.column()))).orElse(null);
            next = tokens.encode(new QueryToken.State(accountId, definition.objectType(), query, ceiling,
                    last.get(definition.seqColumn()), lastSortValue, total));
        }
        return new QueryResult(result, next, total);
    }

    /**
     * The page's rows read in the paging index's order, the account column leading, so that H2 reads rows in
     * (ACCOUNT_ID, [sort column,] SEQ) index order and stops after one page, instead of sorting every match.
     */
    private <R extends Record> Result<R> firstInIndexOrder(QueryDefinition<R> definition, Shape shape,
                                                           Function<Binds, Condition> scope) {
        Binds binds = new Binds();
        Condition rows = scope.apply(binds);
        return statements.fetchInto(shape.of("index order"), binds, definition.table(), () -> dsl
                .selectFrom(definition.table())
                .where(rows)
                .orderBy(order(definition.pagingPrefix(), shape.sort(), definition.seqColumn(), column -> column))
                .limit(DSL.inline(PAGE_SIZE + 1)));
    }

    /**
     * Every match, when they all fit on the page: read through the filter's own index, then those few sorted. In the
     * paging index's order, H2 walks all the account's rows to find them: a name that matches nothing or one row took
     * 50-60 ms at 100,000 rows, against a millisecond through its index. The matches are a derived table, whose
     * select has no order for the planner to follow.
     */
    private <R extends Record> Result<R> allInOrder(QueryDefinition<R> definition, Shape shape,
                                                    Function<Binds, Condition> scope) {
        Optional<Sort> sort = shape.sort();
        if (sort.isPresent() && definition.table().field(sort.get().column()) == null) {
            return firstInIndexOrder(definition, shape, scope); // sorted by an expression, not a column to name
        }
        Binds binds = new Binds();
        Condition rows = scope.apply(binds);
        return statements.fetchInto(shape.of("all in order"), binds, definition.table(), () -> {
            Table<R> matches = dsl.selectFrom(definition.table()).where(rows).asTable("matches");
            return dsl.selectFrom(matches)
                    .orderBy(order(definition.pagingPrefix(), sort, definition.seqColumn(), matches::field))
                    .limit(DSL.inline(PAGE_SIZE + 1));
        });
    }

    /** The paging order, {@code [prefix,] [sort column,] sequence}, on the columns as {@code from} names them. */
    private static List<SortField<?>> order(List<Field<?>> prefix, Optional<Sort> sort, Field<Long> seq,
                                            UnaryOperator<Field<?>> from) {
        List<SortField<?>> order = new ArrayList<>();
        prefix.forEach(column -> order.add(from.apply(column).asc()));
        sort.ifPresent(s -> order.add(s.descending() ? from.apply(s.column()).desc() : from.apply(s.column()).asc()));
        order.add(from.apply(seq).asc());
        return order;
    }

    @SuppressWarnings("unchecked")
    private static Condition after(QueryDefinition<?> definition, Optional<Sort> sort, QueryToken.State state,
                                   Binds binds) {
        Field<Long> seq = definition.seqColumn();
        Field<Long> lastSeq = binds.value(state.lastSeq(), seq);
        if (sort.isEmpty() || state.lastSortValue() == null) {
            return seq.gt(lastSeq);
        }
        Field<Object> column = (Field<Object>) sort.get().column();
        Field<Object> last = binds.value(column.getDataType().convert(state.lastSortValue()), column);
        Condition beyond = sort.get().descending() ? column.lt(last) : column.gt(last);
        return beyond.or(column.eq(last).and(seq.gt(lastSeq)));
    }

    /** The first {@code QuerySort.sortField} entry, if any; sortable properties only. */
    private static Optional<Sort> sort(QueryDefinition<?> definition, JsonNode query) {
        JsonNode fields = query.path("QuerySort").path("sortField");
        JsonNode first = fields.isArray() ? fields.path(0) : fields;
        if (first.isMissingNode() || first.isNull() || !first.has("fieldName")) {
            return Optional.empty();
        }
        String name = first.get("fieldName").asText();
        FilterProperty property = definition.parser().property(name)
                .filter(p -> definition.isSortable(p.name()))
                .orElseThrow(() -> PlatformException.badRequest("Cannot sort " + definition.objectType()
                        + " results by '" + name + "'."));
        String order = first.path("sortOrder").asText("ASC").toUpperCase(Locale.ROOT);
        if (!order.equals("ASC") && !order.equals("DESC")) {
            throw PlatformException.badRequest("sortOrder must be ASC or DESC, not '" + order + "'.");
        }
        return Optional.of(new Sort(property.name(), property.column(), order.equals("DESC")));
    }

    private record Sort(String property, Field<?> column, boolean descending) {
    }

    /**
     * What a query's statements' SQL depends on besides the statement itself: the object, the filter's
     * {@link ConditionBuilder#shape}, the sort and, for a next page, what its position is made of.
     */
    private record Shape(QueryDefinition<?> definition, String filter, Optional<Sort> sort, String position) {
        Shape(QueryDefinition<?> definition, Optional<Expression> expression, Optional<Sort> sort) {
            this(definition, ConditionBuilder.shape(expression), sort, "first page");
        }

        /** A next page's shape: its position is a sequence, or a sort value and a sequence. */
        Shape after(boolean sortValue) {
            return new Shape(definition, filter, sort, sortValue ? "after a sort value" : "after a sequence");
        }

        /**
         * The key one of the query's statements' SQL is kept under ({@link StatementSql}): strings, as a jOOQ field's
         * equals renders its SQL.
         */
        StatementKey of(String statement) {
            String sorted = sort.map(s -> s.property() + (s.descending() ? " desc" : " asc")).orElse("unsorted");
            return new StatementKey(definition, String.join(", ", statement, position, filter, sorted));
        }
    }

    private record StatementKey(QueryDefinition<?> definition, String statement) {
    }
}

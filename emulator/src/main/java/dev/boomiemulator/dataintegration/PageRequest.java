package dev.boomiemulator.dataintegration;

import java.util.List;

/** Which page of a list a client asked for: {@code page} from 1, {@code items_per_page} items each. */
public record PageRequest(int page, int itemsPerPage) {
    public static final int DEFAULT_ITEMS_PER_PAGE = 20;

    /** Where this page starts in the whole list. */
    public long offset() {
        return (long) (page - 1) * itemsPerPage;
    }

    /** This page, read as such (the database paged it), of {@code totalItems} in all. */
    public <T> Paged<T> of(List<T> items, int totalItems) {
        return new Paged<>(List.copyOf(items), page, itemsPerPage, totalItems);
    }

    /** This page of an already filtered and sorted list. */
    public <T> Paged<T> of(List<T> all) {
        long from = offset();
        List<T> items = from >= all.size() ? List.of()
                : all.subList((int) from, (int) Math.min(all.size(), from + itemsPerPage));
        return new Paged<>(List.copyOf(items), page, itemsPerPage, all.size());
    }

    /** One page of a list and where it stands in the whole. */
    public record Paged<T>(List<T> items, int page, int itemsPerPage, int totalItems) {
        public boolean hasNext() {
            return (long) page * itemsPerPage < totalItems;
        }

        public boolean hasPrevious() {
            return page > 1;
        }
    }
}

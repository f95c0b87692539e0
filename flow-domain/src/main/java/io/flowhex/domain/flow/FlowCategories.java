package io.flowhex.domain.flow;

import java.util.HashSet;
import java.util.List;
import java.util.Objects;

/**
 * A flow's categories: at least one, in the order given, no duplicates. There are eight categories,
 * so distinct values are also at most eight, as CreateFlow's rule "1 to 8 distinct known values" asks.
 */
public record FlowCategories(List<FlowCategory> values) {

    public FlowCategories {
        Objects.requireNonNull(values, "categories must not be null");
        values = List.copyOf(values);
        if (values.isEmpty()) {
            throw new IllegalArgumentException("a flow needs at least one category");
        }
        if (new HashSet<>(values).size() != values.size()) {
            throw new IllegalArgumentException("flow categories must not repeat");
        }
    }

    public static FlowCategories of(FlowCategory first, FlowCategory... more) {
        var all = new java.util.ArrayList<FlowCategory>(1 + more.length);
        all.add(first);
        all.addAll(List.of(more));
        return new FlowCategories(all);
    }

    /** Parses wire names exactly ({@link FlowCategory#fromWire}); throws on an unknown, repeated or missing one. */
    public static FlowCategories fromWire(List<String> names) {
        Objects.requireNonNull(names, "categories must not be null");
        return new FlowCategories(names.stream().map(FlowCategory::fromWire).toList());
    }

    /** The wire names, in order. */
    public List<String> names() {
        return values.stream().map(Enum::name).toList();
    }
}

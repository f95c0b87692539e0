package io.flowhex.domain.policy;

import java.util.ArrayList;
import java.util.List;

/**
 * A statement's action or resource element: {@code Action}/{@code Resource} when not negated,
 * {@code NotAction}/{@code NotResource} when negated (the statement then covers everything except
 * the listed patterns).
 */
public record PatternClause(List<WildcardPattern> patterns, boolean negated) {

    public PatternClause {
        patterns = List.copyOf(patterns);
        if (patterns.isEmpty()) {
            // An empty NotAction would cover every action: refuse it rather than guess.
            throw new InvalidPolicyException("an action or resource element must list at least one pattern");
        }
    }

    /** {@code Action}/{@code NotAction}: RAM matches actions without regard to case. */
    public static PatternClause actions(List<String> patterns, boolean notAction) {
        return new PatternClause(compile(patterns, true), notAction);
    }

    /** {@code Resource}/{@code NotResource}: resource names are case-sensitive. */
    public static PatternClause resources(List<String> patterns, boolean notResource) {
        return new PatternClause(compile(patterns, false), notResource);
    }

    /** Whether this element covers {@code value}. */
    public boolean covers(String value) {
        boolean listed = false;
        for (WildcardPattern pattern : patterns) {
            if (pattern.matches(value)) {
                listed = true;
                break;
            }
        }
        return listed != negated;
    }

    private static List<WildcardPattern> compile(List<String> patterns, boolean ignoreCase) {
        List<WildcardPattern> compiled = new ArrayList<>(patterns.size());
        for (String pattern : patterns) {
            compiled.add(ignoreCase ? WildcardPattern.ignoringCase(pattern) : WildcardPattern.caseSensitive(pattern));
        }
        return compiled;
    }
}

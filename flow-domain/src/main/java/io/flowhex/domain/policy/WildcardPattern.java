package io.flowhex.domain.policy;

import java.util.Objects;

/**
 * A RAM wildcard pattern: {@code *} matches any run of characters (including none), {@code ?}
 * exactly one; every other character stands for itself. There is no escape character in RAM.
 *
 * <p>Matching is iterative with a single backtrack point (the last {@code *} seen), so it takes at
 * most pattern length × text length steps: a hostile pattern such as {@code a*a*a*...b} cannot
 * blow up the way a backtracking regular expression would, and no regex is ever compiled.
 */
public final class WildcardPattern {

    private final String pattern;
    private final boolean ignoreCase;
    private final boolean hasWildcard;
    private final boolean matchesEverything;

    private WildcardPattern(String pattern, boolean ignoreCase) {
        this.pattern = Objects.requireNonNull(pattern, "pattern");
        this.ignoreCase = ignoreCase;
        this.hasWildcard = pattern.indexOf('*') >= 0 || pattern.indexOf('?') >= 0;
        this.matchesEverything = !pattern.isEmpty() && pattern.chars().allMatch(c -> c == '*');
    }

    /** For resources and {@code StringLike}: letters must agree in case. */
    public static WildcardPattern caseSensitive(String pattern) {
        return new WildcardPattern(pattern, false);
    }

    /** For actions, which RAM matches without regard to case. */
    public static WildcardPattern ignoringCase(String pattern) {
        return new WildcardPattern(pattern, true);
    }

    public String pattern() {
        return pattern;
    }

    public boolean ignoresCase() {
        return ignoreCase;
    }

    public boolean matches(String text) {
        Objects.requireNonNull(text, "text");
        if (matchesEverything) {
            return true;
        }
        if (!hasWildcard) {
            return ignoreCase ? pattern.equalsIgnoreCase(text) : pattern.equals(text);
        }
        int p = 0;
        int t = 0;
        int star = -1;
        int resume = 0;
        while (t < text.length()) {
            if (p < pattern.length()) {
                char c = pattern.charAt(p);
                if (c == '*') {
                    star = p++;
                    resume = t;
                    continue;
                }
                if (c == '?' || same(c, text.charAt(t))) {
                    p++;
                    t++;
                    continue;
                }
            }
            if (star < 0) {
                return false;
            }
            // Let the last star swallow one more character and retry the rest of the pattern.
            p = star + 1;
            t = ++resume;
        }
        while (p < pattern.length() && pattern.charAt(p) == '*') {
            p++;
        }
        return p == pattern.length();
    }

    private boolean same(char a, char b) {
        if (a == b) {
            return true;
        }
        // Same folding as String.equalsIgnoreCase, so both code paths agree.
        return ignoreCase
                && (Character.toUpperCase(a) == Character.toUpperCase(b)
                        || Character.toLowerCase(a) == Character.toLowerCase(b));
    }

    @Override
    public boolean equals(Object other) {
        return other instanceof WildcardPattern that
                && ignoreCase == that.ignoreCase
                && pattern.equals(that.pattern);
    }

    @Override
    public int hashCode() {
        return pattern.hashCode() * 31 + Boolean.hashCode(ignoreCase);
    }

    @Override
    public String toString() {
        return pattern;
    }
}

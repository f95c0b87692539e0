package io.flowhex.adapter.jdbc;

import java.util.Objects;
import java.util.regex.Pattern;

/**
 * JDBC URLs as they may be shown: in a start-up report, a log line, an error message. A URL may carry
 * credentials (PostgreSQL's {@code ?password=} and {@code sslpassword=}, H2's {@code ;PASSWORD=},
 * {@code user:password@host}); every such value is replaced by {@value #MASK}, the rest is kept so the
 * URL still says where the database is.
 */
public final class JdbcUrls {

    public static final String MASK = "****";

    /** {@code user:password@} in the authority: the password part, up to the {@code @}. */
    private static final Pattern USER_INFO = Pattern.compile("(//[^/?;@:]*:)[^/?;@]*@");

    /**
     * A parameter after {@code ?}, {@code &} or {@code ;} whose name speaks of a credential, whatever
     * its case and prefix ({@code password}, {@code sslpassword}, {@code PWD}, {@code api_token} …);
     * its value runs to the next separator.
     */
    private static final Pattern CREDENTIAL_PARAMETER = Pattern.compile(
            "(?i)([?&;][a-z0-9_.\\-]*(?:password|passwd|pwd|secret|token|credential)[a-z0-9_.\\-]*=)[^&;]*");

    private JdbcUrls() {
    }

    /** The URL with every credential value masked; a URL without one comes back unchanged. */
    public static String masked(String url) {
        Objects.requireNonNull(url, "url");
        String withoutUserInfo = USER_INFO.matcher(url).replaceAll("$1" + MASK + "@");
        return CREDENTIAL_PARAMETER.matcher(withoutUserInfo).replaceAll("$1" + MASK);
    }
}

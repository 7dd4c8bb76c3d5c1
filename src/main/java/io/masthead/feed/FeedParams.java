package io.masthead.feed;

import io.masthead.error.InvalidParameter;
import io.masthead.http.EnumParameter;
import io.masthead.http.Limits;
import jakarta.ws.rs.core.UriBuilder;
import jakarta.ws.rs.core.UriInfo;

/**
 * Turns the checked query parameters of a feed request into a {@link FeedQuery}. The feed's own URL is rebuilt
 * from the parameters it understood, in a fixed order, so that the same feed always names itself the same way.
 */
final class FeedParams {
    private FeedParams() {
    }

    static FeedQuery query(String lang, String tag, String section, String content, String limit, UriInfo uri) {
        ContentMode mode = content == null ? ContentMode.SUMMARY : EnumParameter.parse(ContentMode.class, "content", content);
        int size = limit(limit);
        UriBuilder self = uri.getBaseUriBuilder().path(uri.getPath());
        addIfPresent(self, "lang", lang);
        addIfPresent(self, "tag", tag);
        addIfPresent(self, "section", section);
        addIfPresent(self, "content", content == null ? null : mode.wire());
        addIfPresent(self, "limit", limit == null ? null : Integer.toString(size));
        return new FeedQuery(lang, tag, section, mode, size, self.build().toString());
    }

    private static int limit(String limit) {
        if (limit == null) {
            return Limits.DEFAULT_PAGE_SIZE;
        }
        try {
            int value = Integer.parseInt(limit.strip());
            if (value >= 1 && value <= Limits.MAX_PAGE_SIZE) {
                return value;
            }
        } catch (NumberFormatException e) {
            // reported below together with the out-of-range case
        }
        throw new InvalidParameter("limit",
                "limit must be a whole number from 1 to " + Limits.MAX_PAGE_SIZE + "; got '" + limit + "'.");
    }

    private static void addIfPresent(UriBuilder builder, String name, String value) {
        if (value != null) {
            builder.queryParam(name, value);
        }
    }
}

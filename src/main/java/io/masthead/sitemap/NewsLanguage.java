package io.masthead.sitemap;

import java.util.Locale;

/**
 * The language code Google News expects in {@code news:language}: the ISO 639 code of a BCP 47 tag, except for
 * Chinese, where it tells simplified ({@code zh-cn}) from traditional ({@code zh-tw}) script.
 */
final class NewsLanguage {
    private NewsLanguage() {
    }

    static String of(String bcp47) {
        Locale locale = Locale.forLanguageTag(bcp47);
        String language = locale.getLanguage().isEmpty() ? bcp47.toLowerCase(Locale.ROOT) : locale.getLanguage();
        if (!language.equals("zh")) {
            return language;
        }
        String script = locale.getScript();
        String region = locale.getCountry();
        boolean traditional = script.equals("Hant") || region.equals("TW") || region.equals("HK")
                || region.equals("MO");
        return traditional ? "zh-tw" : "zh-cn";
    }
}

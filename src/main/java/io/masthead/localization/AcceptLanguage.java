package io.masthead.localization;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * The language ranges of an {@code Accept-Language} header (RFC 9110 12.5.4), best first, and the lookup of the
 * best available language for them (RFC 4647: a range matches a language that equals it or starts with it and a
 * hyphen; a range with a region falls back to its shorter forms, {@code de-CH} to {@code de}). The header comes from
 * anyone: a range or a weight that does not parse is ignored, never an error, and only the first ranges are read.
 */
public final class AcceptLanguage {
    public static final String HEADER = "Accept-Language";
    public static final String CONTENT_LANGUAGE = "Content-Language";
    public static final String DESCRIPTION = "Used only without `lang`: the reader's languages, weighted "
            + "(`de-CH, de;q=0.9, en;q=0.5`). The best one in which the article exists is served (a region falls back "
            + "to its language, `de-CH` to `de`), else the site's default language. Ranges that do not parse are "
            + "ignored. Such answers carry `Vary: Accept-Language`.";
    /** Longer than any header a browser sends; only the first ranges are read anyway. */
    public static final int MAX_LENGTH = 1000;
    static final int MAX_RANGES = 20;
    private static final Pattern RANGE = Pattern.compile("\\*|[A-Za-z]{1,8}(-[A-Za-z0-9]{1,8})*");
    private static final Pattern WEIGHT = Pattern.compile("[qQ]=(0(\\.[0-9]{0,3})?|1(\\.0{0,3})?)");

    private final List<Range> ranges;

    private AcceptLanguage(List<Range> ranges) {
        this.ranges = ranges;
    }

    record Range(String tag, double weight) {
    }

    /** The ranges of the header (null: none), best first; equal weights keep the header's order. */
    public static AcceptLanguage parse(String header) {
        List<Range> ranges = new ArrayList<>();
        if (header != null) {
            String[] items = header.split(",", MAX_RANGES + 1);
            for (int i = 0; i < Math.min(items.length, MAX_RANGES); i++) {
                range(items[i]).ifPresent(ranges::add);
            }
        }
        ranges.sort(Comparator.comparingDouble(Range::weight).reversed());
        return new AcceptLanguage(ranges.stream().filter(range -> range.weight() > 0).toList());
    }

    private static Optional<Range> range(String item) {
        String[] parts = item.split(";", -1);
        String tag = parts[0].strip();
        if (!RANGE.matcher(tag).matches()) {
            return Optional.empty();
        }
        double weight = 1;
        for (int i = 1; i < parts.length; i++) {
            String parameter = parts[i].strip();
            if (!WEIGHT.matcher(parameter).matches()) {
                return Optional.empty();
            }
            weight = Double.parseDouble(parameter.substring(2));
        }
        return Optional.of(new Range(tag.toLowerCase(Locale.ROOT), weight));
    }

    public boolean isEmpty() {
        return ranges.isEmpty();
    }

    /**
     * The available language that the best range matches, as spelled in {@code available}; {@code preferred}
     * (the site's default) for a wildcard, when it is available; empty when no range matches.
     */
    public Optional<String> lookup(Collection<String> available, String preferred) {
        for (Range range : ranges) {
            if (range.tag().equals("*")) {
                return available.contains(preferred) ? Optional.of(preferred) : available.stream().sorted().findFirst();
            }
            Optional<String> found = match(range.tag(), available);
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }

    /** The language equal to the range, else one that the range is a prefix of, else one its shorter forms equal. */
    private static Optional<String> match(String range, Collection<String> available) {
        Optional<String> exact = available.stream().filter(language -> language.equalsIgnoreCase(range)).findFirst();
        if (exact.isPresent()) {
            return exact;
        }
        Optional<String> narrower = available.stream().sorted()
                .filter(language -> language.toLowerCase(Locale.ROOT).startsWith(range + "-")).findFirst();
        if (narrower.isPresent()) {
            return narrower;
        }
        for (int dash = range.lastIndexOf('-'); dash > 0; dash = range.lastIndexOf('-', dash - 1)) {
            String shorter = range.substring(0, dash);
            Optional<String> found = available.stream().filter(language -> language.equalsIgnoreCase(shorter))
                    .findFirst();
            if (found.isPresent()) {
                return found;
            }
        }
        return Optional.empty();
    }
}

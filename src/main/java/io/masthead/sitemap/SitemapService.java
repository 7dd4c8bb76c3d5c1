package io.masthead.sitemap;

import io.masthead.error.NotFound;
import io.masthead.persistence.ReadOnly;
import io.masthead.syndication.Publication;
import io.masthead.syndication.Publications;
import jakarta.enterprise.context.ApplicationScoped;
import jakarta.transaction.Transactional;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.YearMonth;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.UUID;
import java.util.stream.Collectors;

/**
 * The sitemap index, one file of article URLs per UTC month of first publication (split into pages of at most
 * {@code masthead.sitemaps.urls-per-file}), and the Google News sitemap of the last 48 hours.
 */
@ApplicationScoped
@Transactional
@ReadOnly
class SitemapService {
    /** Google News reads articles of the last two days, at most 1,000 per file. */
    static final Duration NEWS_WINDOW = Duration.ofHours(48);
    static final int NEWS_LIMIT = 1000;

    private final Publications publications;
    private final SitemapRepository sitemaps;
    private final Clock clock;

    SitemapService(Publications publications, SitemapRepository sitemaps, Clock clock) {
        this.publications = publications;
        this.sitemaps = sitemaps;
        this.clock = clock;
    }

    /**
     * Every article file, oldest month first, then the news sitemap; {@code base} is where the files are served,
     * {@code urlsPerFile} how many articles one file lists.
     */
    List<SitemapXml.IndexEntry> index(String base, int urlsPerFile) {
        publications.current();
        Map<YearMonth, List<SitemapRepository.Day>> months = sitemaps.days(clock.instant()).stream()
                .collect(Collectors.groupingBy(day -> YearMonth.from(day.date()), TreeMap::new, Collectors.toList()));
        List<SitemapXml.IndexEntry> entries = new ArrayList<>();
        months.forEach((month, days) -> {
            int articles = days.stream().mapToInt(SitemapRepository.Day::articles).sum();
            Instant lastModified = days.stream().map(SitemapRepository.Day::lastModified)
                    .max(Comparator.naturalOrder()).orElseThrow();
            int pages = (articles + urlsPerFile - 1) / urlsPerFile;
            for (int page = 1; page <= pages; page++) {
                entries.add(new SitemapXml.IndexEntry(base + "/articles/" + month + ".xml"
                        + (page == 1 ? "" : "?page=" + page), lastModified.atOffset(ZoneOffset.UTC)));
            }
        });
        entries.add(new SitemapXml.IndexEntry(base + "/news.xml", null));
        return entries;
    }

    /** Page {@code page} (from 1) of the articles first published in {@code month} (UTC), as the index numbers them. */
    List<SitemapEntry> month(YearMonth month, int page, int urlsPerFile) {
        Publication publication = publications.current();
        Instant now = clock.instant();
        Instant from = month.atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        Instant to = month.plusMonths(1).atDay(1).atStartOfDay(ZoneOffset.UTC).toInstant();
        long offset = (long) (page - 1) * urlsPerFile;
        List<SitemapEntry.Row> rows = offset > Integer.MAX_VALUE ? List.of()
                : sitemaps.month(from, to, (int) offset, urlsPerFile, now);
        if (rows.isEmpty()) {
            throw new NotFound("sitemap", month + (page == 1 ? "" : " page " + page));
        }
        Map<UUID, List<SitemapEntry.Row>> groups = sitemaps.translations(rows.get(0), rows.get(rows.size() - 1), now)
                .stream().collect(Collectors.groupingBy(SitemapEntry.Row::translationGroupId));
        return rows.stream().map(row -> {
            List<SitemapEntry.Row> versions = groups.getOrDefault(row.translationGroupId(), List.of());
            List<SitemapEntry.Alternate> alternates = versions.size() < 2 ? List.of() : versions.stream()
                    .sorted(Comparator.comparing(version -> version.address().language()))
                    .map(version -> new SitemapEntry.Alternate(version.address().language(),
                            publication.articleUrl(version.address())))
                    .toList();
            return new SitemapEntry(publication.articleUrl(row.address()), row.lastModified(), alternates);
        }).toList();
    }

    /** The articles first published in the last 48 hours, newest first, at most 1,000. */
    List<SitemapXml.NewsEntry> news() {
        Publication publication = publications.current();
        Instant now = clock.instant();
        return sitemaps.news(now.minus(NEWS_WINDOW), NEWS_LIMIT, now).stream()
                .map(row -> new SitemapXml.NewsEntry(publication.articleUrl(row.address()),
                        publication.nameIn(row.address().language()), row.address().language(), row.published(),
                        row.headline()))
                .toList();
    }
}

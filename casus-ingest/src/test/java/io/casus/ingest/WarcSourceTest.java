package io.casus.ingest;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import io.casus.ingest.internal.TextDecoding;
import io.casus.ingest.warc.WarcSource;
import io.casus.model.Article;
import io.casus.source.Input;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.nio.channels.Channels;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.netpreserve.jwarc.HttpRequest;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.WarcCompression;
import org.netpreserve.jwarc.WarcRequest;
import org.netpreserve.jwarc.WarcResponse;
import org.netpreserve.jwarc.WarcWriter;
import org.netpreserve.jwarc.Warcinfo;

class WarcSourceTest {
    private static final String BALTIC = "https://baltic.example/defence/2024/06/suwalki-drills";
    private static final String GULF = "https://muscat.example/news/oman-iran-ports";
    private static final String MISSING = "https://baltic.example/gone";
    private static final String PDF = "https://baltic.example/report.pdf";
    private static final Instant WHEN = Instant.parse("2024-06-18T00:00:00Z");

    /** A small crawl: warcinfo, a request, two HTML articles, a 404 and a PDF; the second article last. */
    static byte[] crawl(WarcCompression compression) throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(out), compression)) {
            w.write(new Warcinfo.Builder().date(WHEN).filename("crawl.warc").build());
            w.write(new WarcRequest.Builder(BALTIC).date(WHEN)
                    .body(new HttpRequest.Builder("GET", "/defence/2024/06/suwalki-drills").build()).build());
            w.write(response(BALTIC, 200, "text/html", JsonLinesSourceTest.gzip(Fixtures.bytes(
                    "../warc-pages/baltic-drills.html")), "gzip"));
            w.write(response(MISSING, 404, "text/html; charset=utf-8",
                    "<html><body><p>Not found</p></body></html>".getBytes(StandardCharsets.UTF_8), null));
            w.write(response(PDF, 200, "application/pdf", "%PDF-1.7 ...".getBytes(StandardCharsets.US_ASCII), null));
            String gulf = new String(Fixtures.bytes("../warc-pages/gulf-port.html"), StandardCharsets.UTF_8);
            w.write(response(GULF, 200, "text/html; charset=windows-1252",
                    gulf.getBytes(TextDecoding.WINDOWS_1252), null));
        }
        return out.toByteArray();
    }

    private static WarcResponse response(String uri, int status, String type, byte[] body, String encoding)
            throws IOException {
        HttpResponse.Builder http = new HttpResponse.Builder(status, status == 200 ? "OK" : "Not Found")
                .body(MediaType.parse(type), body);
        if (encoding != null) {
            http.addHeader("Content-Encoding", encoding);
        }
        return new WarcResponse.Builder(URI.create(uri)).date(WHEN).body(http.build()).build();
    }

    @ParameterizedTest
    @EnumSource(value = WarcCompression.class, names = {"NONE", "GZIP"})
    void readsHtmlResponsesAndReportsTheOthers(WarcCompression compression) throws IOException {
        String name = compression == WarcCompression.GZIP ? "crawl.warc.gz" : "crawl.warc";
        Collector c = Collector.read(new Sources(), Input.of(name, crawl(compression)));

        assertEquals(2, c.articles.size(), c.skipped.toString());
        Article baltic = c.articles.get(0);
        assertEquals(StableIds.ofUrl(BALTIC), baltic.id());
        assertEquals(name + ": record 3 (" + BALTIC + ")", baltic.origin());
        assertEquals("Lithuania Hosts NATO Drills Near Suwałki Gap", baltic.title());
        assertEquals("2024-06-17T07:00:00+03:00", baltic.published().iso());
        assertEquals("Baltic Ledger", baltic.outlet());
        assertEquals("Rūta Kazlauskienė", baltic.author());
        assertEquals(BALTIC, baltic.url());
        assertTrue(baltic.text().startsWith("Several thousand troops from eight NATO countries"), baltic.text());
        assertTrue(baltic.text().endsWith("The exercises will run until the end of the month."), baltic.text());
        assertEquals(List.of(), baltic.problems());

        Article gulf = c.articles.get(1);
        assertEquals(name + ": record 6 (" + GULF + ")", gulf.origin());
        assertEquals("Oman and Iran Agree to Expand Trade Through Strait of Hormuz Ports", gulf.title());
        assertEquals("2024-05-27T13:20:00+04:00", gulf.published().iso());
        assertEquals("Salim Al-Harthy", gulf.author());
        assertEquals("Muscat Observer", gulf.outlet());
        assertTrue(gulf.text().startsWith("Oman and Iran signed agreements on Monday"), gulf.text());
        assertTrue(gulf.text().endsWith("The sultan’s office said the two countries would also set up a joint "
                + "committee on maritime security."), "the HTTP charset decodes the page: " + gulf.text());

        assertEquals(List.of(
                new Collector.Skip(name + ": record 4 (" + MISSING + ")", "HTTP status 404, not an article"),
                new Collector.Skip(name + ": record 5 (" + PDF + ")", "content type application/pdf, not HTML")),
                c.skipped);
    }

    @ParameterizedTest
    @EnumSource(value = WarcCompression.class, names = {"NONE", "GZIP"})
    void truncatedFileKeepsTheRecordsBeforeAndSaysWhere(WarcCompression compression) throws IOException {
        byte[] whole = crawl(compression);
        byte[] cut = Arrays.copyOf(whole, whole.length - 300);
        Collector c = Collector.read(new WarcSource(), Input.of("cut.warc.gz", cut));
        assertEquals(1, c.articles.size(), c.skipped.toString());
        assertEquals(3, c.skipped.size(), c.skipped.toString());
        Collector.Skip last = c.skipped.get(2);
        assertTrue(last.location().startsWith("cut.warc.gz: record 6 at byte "), last.location());
        assertTrue(last.reason().contains("truncated") && last.reason().endsWith(
                "stopped reading, the records before it were read"), last.reason());
    }

    @Test
    void garbageIsNotAWarcFile() {
        Collector c = Collector.read(new WarcSource(), Input.of("x.warc",
                "HTTP/1.1 200 OK\r\n\r\nhello".getBytes(StandardCharsets.US_ASCII)));
        assertEquals(new Collector.Skip("x.warc", "not a WARC file (it does not start with \"WARC/\" or gzip data)"),
                c.onlySkip());
    }

    @Test
    void corruptRecordHeaderIsReportedWithItsPosition() throws IOException {
        byte[] whole = crawl(WarcCompression.NONE);
        String text = new String(whole, StandardCharsets.ISO_8859_1);
        int third = text.indexOf("WARC/1", text.indexOf("WARC/1", text.indexOf("WARC/1") + 1) + 1);
        byte[] broken = whole.clone();
        broken[third] = 'X';
        Collector c = Collector.read(new WarcSource(), Input.of("bad.warc", broken));
        assertEquals(0, c.articles.size());
        assertEquals(new Collector.Skip("bad.warc: record 3 at byte " + third, c.onlySkip().reason()), c.onlySkip());
        assertTrue(c.onlySkip().reason().startsWith("corrupt WARC data"), c.onlySkip().reason());
    }

    @Test
    void archiveWithoutResponsesSaysSo() throws IOException {
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try (WarcWriter w = new WarcWriter(Channels.newChannel(out), WarcCompression.GZIP)) {
            w.write(new Warcinfo.Builder().date(WHEN).filename("empty.warc.gz").build());
        }
        Collector c = Collector.read(new WarcSource(), Input.of("empty.warc.gz", out.toByteArray()));
        assertEquals(new Collector.Skip("empty.warc.gz", "no response records among 1 records"), c.onlySkip());
    }

    @Test
    void oversizedPayloadIsSkippedWithTheLimit() throws IOException {
        Collector c = Collector.read(new WarcSource(new ReadLimits(500, 1_000_000)),
                Input.of("small.warc", crawl(WarcCompression.NONE)));
        assertTrue(c.articles.isEmpty());
        Collector.Skip baltic = c.skipped.get(0);
        assertEquals("small.warc: record 3 (" + BALTIC + ")", baltic.location());
        assertTrue(baltic.reason().matches("payload of \\d+ bytes, over the limit of 500 bytes \\(maxFileBytes\\)"),
                baltic.reason());
    }

    @Test
    void sniffedWithoutExtension() throws IOException {
        Sources sources = new Sources();
        assertEquals("warc", sources.detect(Input.of("crawl-0001", crawl(WarcCompression.GZIP))).format());
        assertEquals("warc", sources.detect(Input.of("crawl-0002", crawl(WarcCompression.NONE))).format());
        assertNull(sources.byExtension("crawl-0001").orElse(null));
    }
}

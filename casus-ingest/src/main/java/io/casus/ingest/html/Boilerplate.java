package io.casus.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import org.jsoup.nodes.Element;

/**
 * Recognising page furniture: by tag (navigation, header, footer, aside, forms, scripts, captions), by ARIA role,
 * by hidden state, and by class or id. Class and id names are split into words at anything that is not a letter or
 * digit and matched word by word, so "ad-slot" and "ads" match but "header", "shadow", "read" and "loaded" do not
 * match "ad".
 */
final class Boilerplate {
    /** Elements never part of an article body. */
    static final Set<String> JUNK_TAGS = Set.of("script", "style", "noscript", "template", "svg", "canvas", "iframe",
            "object", "embed", "nav", "header", "footer", "aside", "form", "button", "select", "textarea", "input",
            "figcaption", "dialog", "menu", "link", "meta");

    private static final Set<String> JUNK_ROLES = Set.of("navigation", "banner", "contentinfo", "complementary",
            "dialog", "alertdialog", "search", "menu", "menubar", "toolbar");

    /** Single words of a class or id that mark furniture. */
    private static final Set<String> WORDS = Set.of(
            "ad", "ads", "adv", "advert", "adverts", "advertisement", "advertisements", "advertising", "advertorial",
            "adslot", "adunit", "adsense", "adcontainer", "adwrapper", "dfp", "gpt", "doubleclick",
            "promo", "promos", "promoted", "promotion", "promotions", "promotional",
            "sponsor", "sponsors", "sponsored", "sponsorship",
            "related", "recommended", "recommendations", "recirc", "recirculation", "outbrain", "taboola",
            "share", "shares", "sharing", "sharebar", "sharetools", "social", "socials",
            "newsletter", "newsletters", "subscribe", "subscription", "signup",
            "comment", "comments", "disqus",
            "cookie", "cookies", "consent", "gdpr", "cmp",
            "breadcrumb", "breadcrumbs", "nav", "navbar", "navigation", "menu", "sidebar", "masthead",
            "header", "footer", "byline", "bylines", "dateline", "timestamp",
            "bio", "biography", "caption", "credit", "credits", "toolbar", "popup", "modal", "overlay",
            "widget", "tags", "taglist", "pagination", "pager", "skip");

    /** Whole class or id names (word sequences) that mark furniture. */
    private static final Set<String> PHRASES = Set.of(
            "read-more", "readmore", "more-stories", "most-read", "most-popular", "top-stories", "also-read",
            "see-also", "author-bio", "about-author", "about-the-author", "author-box", "author-info",
            "author-card", "post-tags", "article-tags", "sr-only", "visually-hidden", "screen-reader-text",
            "skip-link", "social-share", "share-tools", "more-on", "in-case-you-missed-it", "sign-up", "mostread",
            "morestories");

    /** Words that mark reader comments: never a wrapper around the article, however long the thread. */
    private static final Set<String> COMMENT_WORDS = Set.of("comment", "comments", "disqus");

    private static final Pattern CAMEL_HUMP = Pattern.compile("([a-z0-9])([A-Z])");
    private static final Pattern NOT_ALPHANUMERIC = Pattern.compile("[^a-z0-9]+");

    private Boilerplate() {
    }

    static boolean junkTag(Element e) {
        return JUNK_TAGS.contains(e.normalName());
    }

    /** Hidden or given a furniture role. */
    static boolean junkAttributes(Element e) {
        if (e.hasAttr("hidden") || "true".equalsIgnoreCase(e.attr("aria-hidden"))) {
            return true;
        }
        String style = e.attr("style").replace(" ", "").toLowerCase(Locale.ROOT);
        if (style.contains("display:none") || style.contains("visibility:hidden")) {
            return true;
        }
        return JUNK_ROLES.contains(e.attr("role").strip().toLowerCase(Locale.ROOT));
    }

    /** A class or id names furniture. */
    static boolean furnitureName(Element e) {
        for (String name : names(e)) {
            List<String> split = words(name);
            if (PHRASES.contains(String.join("-", split))) {
                return true;
            }
            for (String word : split) {
                if (WORDS.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    static boolean commentsName(Element e) {
        for (String name : names(e)) {
            for (String word : words(name)) {
                if (COMMENT_WORDS.contains(word)) {
                    return true;
                }
            }
        }
        return false;
    }

    private static List<String> names(Element e) {
        List<String> names = new ArrayList<>(e.classNames());
        if (!e.id().isBlank()) {
            names.add(e.id());
        }
        return names;
    }

    /** "articleBody-adSlot_2" → article, body, ad, slot, 2: split at non-alphanumerics and camel-case humps. */
    static List<String> words(String name) {
        String spaced = CAMEL_HUMP.matcher(name).replaceAll("$1 $2");
        List<String> out = new ArrayList<>();
        for (String w : NOT_ALPHANUMERIC.split(spaced.toLowerCase(Locale.ROOT))) {
            if (!w.isEmpty()) {
                out.add(w);
            }
        }
        return out;
    }
}

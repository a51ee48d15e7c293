package id.nttmart.search.analysis;

import id.nttmart.search.analysis.Chains.Stemming;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.BiConsumer;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.tokenattributes.CharTermAttribute;
import org.apache.lucene.analysis.tokenattributes.OffsetAttribute;

/**
 * The language smarts of search, run in the application: Indonesian and English stemming ("ditenun", "penenun",
 * "tenunan" are all "tenun"; "shawls" is "shawl"), bilingual synonyms expanded into the index ("coffee" finds
 * "kopi" and back), accent and apostrophe folding. Index fields receive the resulting words separated by spaces
 * and Elasticsearch only splits them on whitespace, so the same mapping works on every node. Thread-safe.
 */
public final class TextAnalysis {

    /** One word a shopper typed, as each chain sees it. */
    public record QueryWord(String plain, String indonesian, String english) {

        public Set<String> forms() {
            return new LinkedHashSet<>(List.of(plain, indonesian, english));
        }
    }

    /** A piece of displayed text, marked when it matches what was searched for. */
    public record Segment(String text, boolean match) {}

    private static final int MAX_PREFIX = 15;
    /** Words whose stems are remembered (per language); the catalogue's vocabulary is far smaller than this. */
    private static final int MAX_REMEMBERED = 50_000;

    private final Synonyms synonyms;
    private final Analyzer words = Chains.words();
    private final Analyzer indonesianQuery = Chains.chain(null, Stemming.INDONESIAN);
    private final Analyzer englishQuery = Chains.chain(null, Stemming.ENGLISH);
    private final Map<String, String> indonesianStems = new ConcurrentHashMap<>();
    private final Map<String, String> englishStems = new ConcurrentHashMap<>();
    private final Analyzer wordsIndex;
    private final Analyzer indonesianIndex;
    private final Analyzer englishIndex;

    public TextAnalysis(Synonyms synonyms) {
        this.synonyms = synonyms;
        this.wordsIndex = Chains.chain(synonyms.map(), Stemming.NONE);
        this.indonesianIndex = Chains.chain(synonyms.map(), Stemming.INDONESIAN);
        this.englishIndex = Chains.chain(synonyms.map(), Stemming.ENGLISH);
    }

    /** The synonyms' fingerprint: indices built with other synonyms are out of date. */
    public String fingerprint() {
        return synonyms.fingerprint();
    }

    /** Indonesian text as indexed: synonyms expanded, then stemmed. */
    public String indonesian(String text) {
        return String.join(" ", terms(indonesianIndex, text));
    }

    /** English text as indexed: synonyms expanded, then stemmed. */
    public String english(String text) {
        return String.join(" ", terms(englishIndex, text));
    }

    /** Names of places and producers as indexed: words and their synonyms, not stemmed. */
    public String names(String text) {
        return String.join(" ", terms(wordsIndex, text));
    }

    /** The words as written (folded), for spelling suggestions. */
    public String spelling(String text) {
        return String.join(" ", new LinkedHashSet<>(terms(words, text)));
    }

    /** Every beginning of every word (up to 15 letters), for suggestions while typing. */
    public String prefixes(String text) {
        var out = new LinkedHashSet<String>();
        for (String word : terms(words, text)) {
            for (int end = 1; end <= Math.min(word.length(), MAX_PREFIX); end++) {
                out.add(word.substring(0, end));
            }
        }
        return String.join(" ", out);
    }

    /** The words of a query, each in its plain, Indonesian and English form, duplicates removed. */
    public List<QueryWord> queryWords(String text) {
        var seen = new LinkedHashSet<String>(terms(words, text));
        var out = new ArrayList<QueryWord>(seen.size());
        for (String word : seen) {
            out.add(new QueryWord(word, stem(indonesianStems, indonesianQuery, word),
                    stem(englishStems, englishQuery, word)));
        }
        return out;
    }

    /** Every form that the query's words and their synonyms take; displayed words in this set are marked. */
    public Set<String> matchForms(String text) {
        var forms = new LinkedHashSet<String>();
        forms.addAll(terms(wordsIndex, text));
        forms.addAll(terms(indonesianIndex, text));
        forms.addAll(terms(englishIndex, text));
        return forms;
    }

    /** Splits displayed text into pieces, marking the words whose forms are among the given ones. */
    public List<Segment> highlight(String text, Set<String> forms) {
        var out = new ArrayList<Segment>();
        int[] done = {0};
        tokens(words, text, (word, offsets) -> {
            boolean match = forms.contains(word) || forms.contains(stem(indonesianStems, indonesianQuery, word))
                    || forms.contains(stem(englishStems, englishQuery, word));
            if (match && offsets[0] >= done[0]) {
                if (offsets[0] > done[0]) {
                    out.add(new Segment(text.substring(done[0], offsets[0]), false));
                }
                out.add(new Segment(text.substring(offsets[0], offsets[1]), true));
                done[0] = offsets[1];
            }
        });
        if (done[0] < text.length()) {
            out.add(new Segment(text.substring(done[0]), false));
        }
        return out;
    }

    /** A word's stem, remembered: highlighting asks for the same few thousand words again and again. */
    private static String stem(Map<String, String> remembered, Analyzer analyzer, String word) {
        String known = remembered.get(word);
        if (known != null) {
            return known;
        }
        String stem = single(analyzer, word);
        if (remembered.size() >= MAX_REMEMBERED) {
            remembered.clear();
        }
        remembered.put(word, stem);
        return stem;
    }

    private static String single(Analyzer analyzer, String word) {
        List<String> out = terms(analyzer, word);
        return out.isEmpty() ? word : out.getFirst();
    }

    private static List<String> terms(Analyzer analyzer, String text) {
        var out = new ArrayList<String>();
        tokens(analyzer, text, (term, offsets) -> out.add(term));
        return out;
    }

    private static void tokens(Analyzer analyzer, String text, BiConsumer<String, int[]> each) {
        if (text == null || text.isBlank()) {
            return;
        }
        try (var stream = analyzer.tokenStream("text", text)) {
            var term = stream.addAttribute(CharTermAttribute.class);
            var offset = stream.addAttribute(OffsetAttribute.class);
            stream.reset();
            while (stream.incrementToken()) {
                each.accept(term.toString(), new int[] {offset.startOffset(), offset.endOffset()});
            }
            stream.end();
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

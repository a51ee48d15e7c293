package id.nttmart.search.analysis;

import java.io.IOException;
import java.io.StringReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.text.ParseException;
import java.util.HexFormat;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.synonym.SolrSynonymParser;
import org.apache.lucene.analysis.synonym.SynonymMap;

/**
 * The bilingual synonyms of {@code search-index/synonyms/synonyms.txt} (Solr's format: comma-separated words that
 * mean the same, both ways), parsed with the same tokenising and folding as the text they expand.
 *
 * @param map the parsed synonyms
 * @param fingerprint a short hash of the file's text; part of the index name, so a change rebuilds the index
 */
public record Synonyms(SynonymMap map, String fingerprint) {

    /** Parses synonyms text; a line that cannot be read names its number. */
    public static Synonyms parse(String text) {
        try (Analyzer words = Chains.words()) {
            var parser = new SolrSynonymParser(true, true, words);
            parser.parse(new StringReader(text));
            return new Synonyms(parser.build(), fingerprint(text));
        } catch (ParseException e) {
            throw new IllegalArgumentException("Synonyms line " + e.getErrorOffset() + " cannot be read: "
                    + e.getMessage(), e);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static String fingerprint(String text) {
        try {
            byte[] digest = MessageDigest.getInstance("SHA-256")
                    .digest(text.strip().getBytes(StandardCharsets.UTF_8));
            return HexFormat.of().formatHex(digest, 0, 4);
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}

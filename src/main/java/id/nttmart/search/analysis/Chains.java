package id.nttmart.search.analysis;

import java.util.regex.Pattern;
import org.apache.lucene.analysis.Analyzer;
import org.apache.lucene.analysis.CharArraySet;
import org.apache.lucene.analysis.LowerCaseFilter;
import org.apache.lucene.analysis.StopFilter;
import org.apache.lucene.analysis.TokenStream;
import org.apache.lucene.analysis.core.FlattenGraphFilter;
import org.apache.lucene.analysis.en.KStemFilter;
import org.apache.lucene.analysis.id.IndonesianStemFilter;
import org.apache.lucene.analysis.miscellaneous.ASCIIFoldingFilter;
import org.apache.lucene.analysis.miscellaneous.RemoveDuplicatesTokenFilter;
import org.apache.lucene.analysis.pattern.PatternReplaceFilter;
import org.apache.lucene.analysis.standard.StandardTokenizer;
import org.apache.lucene.analysis.synonym.SynonymGraphFilter;
import org.apache.lucene.analysis.synonym.SynonymMap;
import org.jspecify.annotations.Nullable;

/**
 * The Lucene analysis chains the shop runs itself, so that the Elasticsearch mapping needs only the whitespace
 * analyzer that every node has: words (Unicode word breaks, apostrophes dropped so "se'i" is "sei", lower case,
 * accents folded, a few stop words), then optionally synonyms, then a stemmer per language.
 */
final class Chains {

    enum Stemming { NONE, INDONESIAN, ENGLISH }

    private static final Pattern APOSTROPHES = Pattern.compile("['\u2019\u02bc`]");
    /** Words that carry no meaning in a product search, in either language (everything here is a product). */
    static final CharArraySet STOP_WORDS = new CharArraySet(java.util.List.of("dan", "di", "ke", "dari", "yang",
            "untuk", "dengan", "atau", "ini", "itu", "the", "of", "and", "with", "for", "from", "in", "a", "an", "by",
            "to", "isi", "pcs", "produk", "product", "products", "buatan", "made"), true);

    private Chains() {}

    /** Words only: what the synonyms file is parsed with, and what places and producer names are indexed as. */
    static Analyzer words() {
        return chain(null, Stemming.NONE);
    }

    static Analyzer chain(@Nullable SynonymMap synonyms, Stemming stemming) {
        return new Analyzer() {
            @Override
            protected TokenStreamComponents createComponents(String fieldName) {
                var tokenizer = new StandardTokenizer();
                TokenStream stream = new PatternReplaceFilter(tokenizer, APOSTROPHES, "", true);
                stream = new LowerCaseFilter(stream);
                stream = new ASCIIFoldingFilter(stream);
                stream = new StopFilter(stream, STOP_WORDS);
                if (synonyms != null) {
                    stream = new FlattenGraphFilter(new SynonymGraphFilter(stream, synonyms, true));
                }
                stream = switch (stemming) {
                    case NONE -> stream;
                    case INDONESIAN -> new IndonesianStemFilter(stream, true);
                    case ENGLISH -> new KStemFilter(stream);
                };
                return new TokenStreamComponents(tokenizer, synonyms == null ? stream
                        : new RemoveDuplicatesTokenFilter(stream));
            }
        };
    }
}

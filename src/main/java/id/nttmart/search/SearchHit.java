package id.nttmart.search;

import id.nttmart.search.analysis.TextAnalysis.Segment;
import java.util.List;
import java.util.Locale;

/**
 * One product in the results, as much as a results list shows, with its names split into pieces where the words
 * searched for are marked.
 */
public record SearchHit(
        String sku,
        String nameId,
        String nameEn,
        String path,
        String imagePath,
        long priceIdr,
        String regency,
        String regencyName,
        String island,
        String category,
        String program,
        List<String> licences,
        boolean inStock,
        List<Segment> markedNameId,
        List<Segment> markedNameEn) {

    public SearchHit {
        licences = List.copyOf(licences);
        markedNameId = List.copyOf(markedNameId);
        markedNameEn = List.copyOf(markedNameEn);
    }

    public String name(Locale locale) {
        return "en".equals(locale.getLanguage()) ? nameEn : nameId;
    }

    public List<Segment> markedName(Locale locale) {
        return "en".equals(locale.getLanguage()) ? markedNameEn : markedNameId;
    }
}

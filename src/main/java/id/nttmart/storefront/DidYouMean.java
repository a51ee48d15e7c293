package id.nttmart.storefront;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.html.Span;
import id.nttmart.search.SearchQuery;

/** "Did you mean kopi bajawa?" with the correction as a link to its results (filters and sort kept). */
final class DidYouMean {

    private DidYouMean() {}

    static Paragraph of(Component owner, SearchQuery query, String corrected) {
        var link = SearchLinks.link(SearchLinks.href(query.withText(corrected)));
        link.setText(corrected);
        link.addClassName("corrected");
        var line = new Paragraph(new Span(owner.getTranslation("search.did-you-mean") + " "), link,
                new Span("?"));
        line.addClassName("did-you-mean");
        return line;
    }
}

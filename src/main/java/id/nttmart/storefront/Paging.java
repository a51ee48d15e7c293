package id.nttmart.storefront;

import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.router.QueryParameters;

/** Page numbers in {@code ?page=N} (from 1) for the PostgreSQL-backed browse pages. */
final class Paging {

    static final int PAGE_SIZE = 24;

    private Paging() {}

    /** The zero-based page asked for; anything odd means the first page. */
    static int page(QueryParameters parameters) {
        try {
            return Math.max(0, Integer.parseInt(parameters.getSingleParameter("page").orElse("1").strip()) - 1);
        } catch (NumberFormatException e) {
            return 0;
        }
    }

    static int pageCount(long total) {
        return (int) Math.max(1, (total + PAGE_SIZE - 1) / PAGE_SIZE);
    }

    /** Previous / "page x of y" / next links to {@code path?page=N}. */
    static Div pager(Div owner, String path, int page, long total) {
        var pager = new Div();
        pager.addClassName("pager");
        int pages = pageCount(total);
        if (page > 0) {
            pager.add(link(path, page, owner.getTranslation("search.previous")));
        }
        pager.add(new Span(owner.getTranslation("search.page", page + 1, pages)));
        if (page + 1 < pages) {
            pager.add(link(path, page + 2, owner.getTranslation("search.next")));
        }
        return pager;
    }

    private static Anchor link(String path, int page, String label) {
        var link = new Anchor(path + "?page=" + page, label);
        link.getElement().setAttribute("router-link", true);
        return link;
    }
}

package id.nttmart.storefront;

import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.dom.Element;
import id.nttmart.search.analysis.TextAnalysis.Segment;
import java.util.List;

/** A name with the words searched for in {@code <mark>} elements, built as elements (text is never parsed as HTML). */
final class MarkedText {

    private MarkedText() {}

    static Span of(List<Segment> segments, String fallback) {
        var span = new Span();
        if (segments.isEmpty()) {
            span.setText(fallback);
            return span;
        }
        for (Segment segment : segments) {
            span.getElement().appendChild(segment.match() ? new Element("mark").setText(segment.text())
                    : Element.createText(segment.text()));
        }
        return span;
    }
}

package id.nttmart.storefront;

import com.vaadin.flow.component.AttachEvent;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.Span;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.data.value.ValueChangeMode;
import com.vaadin.flow.router.Location;
import com.vaadin.flow.router.QueryParameters;
import id.nttmart.search.ProductSuggestions;
import id.nttmart.search.ProductSuggestions.Suggestion;
import java.util.List;
import java.util.Locale;
import org.jspecify.annotations.Nullable;

/**
 * The header's search box: Enter or the button opens the results; while the shopper types (250 ms after the last
 * key) a list of suggestions opens under it: products with the typed words marked, categories and regencies, each a
 * link. Arrow keys move through the list, Escape closes it; it also hides when focus leaves the box (CSS).
 */
class SearchBox extends Div {

    static final int TYPING_PAUSE_MS = 250;

    private final ProductSuggestions suggestions;
    private final TextField field = new TextField();
    private final Div list = new Div();
    /** The text just submitted, so that a late suggestion request for it does not reopen the list. */
    private @Nullable String submitted;

    SearchBox(ProductSuggestions suggestions) {
        this.suggestions = suggestions;
        addClassName("search-bar");
        field.setPlaceholder(getTranslation("search.placeholder"));
        field.setAriaLabel(getTranslation("search.placeholder"));
        field.setClearButtonVisible(true);
        field.addClassName("search-field");
        field.setMaxLength(200);
        field.getElement().setAttribute("autocomplete", "off");
        field.setValueChangeMode(ValueChangeMode.LAZY);
        field.setValueChangeTimeout(TYPING_PAUSE_MS);
        field.addValueChangeListener(e -> {
            if (e.isFromClient()) {
                suggest(e.getValue());
            }
        });
        // The value as the browser has it at the moment of Enter (a lazy value change may still be pending).
        field.getElement().addEventListener("keydown", e -> submit(e.getEventData().get("element.value").asString()))
                .setFilter("event.key === 'Enter'").addEventData("element.value");
        field.getElement().addEventListener("keydown", e -> hide()).setFilter("event.key === 'Escape'");
        var button = new Button(getTranslation("search.button"), e -> submit(field.getValue()));
        button.addClassName("search-button");
        list.addClassName("suggestions");
        list.getElement().setAttribute("role", "listbox");
        list.getElement().setAttribute("aria-label", getTranslation("search.suggestions"));
        add(field, button, list);
    }

    @Override
    protected void onAttach(AttachEvent event) {
        // Arrow keys move between the field and the suggestion links, in the browser (no round trip).
        getElement().executeJs("""
                if (this.__arrows) return; this.__arrows = true; const bar = this;
                bar.addEventListener('keydown', e => {
                  if (e.key !== 'ArrowDown' && e.key !== 'ArrowUp') return;
                  const items = [...bar.querySelectorAll('.suggestions a')];
                  if (!items.length) return;
                  e.preventDefault();
                  const i = items.indexOf(document.activeElement);
                  if (e.key === 'ArrowDown') items[Math.min(i + 1, items.length - 1)].focus();
                  else if (i <= 0) bar.querySelector('input').focus();
                  else items[i - 1].focus();
                });""");
    }

    private void suggest(String typed) {
        if (typed.isBlank() || typed.equals(submitted)) {
            hide();
            return;
        }
        submitted = null;
        List<Suggestion> found = suggestions.suggest(typed, getLocale());
        list.removeAll();
        for (Suggestion suggestion : found) {
            list.add(item(suggestion));
        }
    }

    private Anchor item(Suggestion suggestion) {
        var link = SearchLinks.link(suggestion.path());
        var kind = new Span(getTranslation("search.suggest." + suggestion.kind().name()));
        kind.addClassName("kind");
        var label = MarkedText.of(suggestion.marked(), suggestion.label());
        label.addClassName("label");
        link.add(label, kind);
        link.addClassNames("suggestion", "kind-" + suggestion.kind().name().toLowerCase(Locale.ROOT));
        link.getElement().setAttribute("role", "option");
        link.getElement().setAttribute("tabindex", "0");
        return link;
    }

    private void submit(String text) {
        submitted = text;
        hide();
        getUI().ifPresent(ui -> ui.navigate(SearchView.class, QueryParameters.of("q", text.strip())));
    }

    /** Empties the list (CSS hides an empty one; an invisible component's children would linger in the page). */
    private void hide() {
        list.removeAll();
    }

    /** After any navigation: the list closes, and on the results page the box shows what was searched. */
    void navigatedTo(Location location) {
        hide();
        if (location.getPath().equals(SearchLinks.PATH)) {
            String q = location.getQueryParameters().getSingleParameter("q").orElse("");
            submitted = q;
            field.setValue(q);
        }
    }
}

package id.nttmart.curation.ui;

import com.vaadin.flow.component.html.Paragraph;
import id.nttmart.curation.CurationRefusal;
import org.springframework.security.access.AccessDeniedException;

/** The line at the top of a console view that says what just happened, or why it did not. */
class Feedback extends Paragraph {

    Feedback() {
        addClassName("message");
        getElement().setAttribute("role", "status");
        setVisible(false);
    }

    void ok(String text) {
        show(text, false);
    }

    void error(String text) {
        show(text, true);
    }

    /** Runs a console action and reports its outcome: the success text, a refusal's reason, or "not yours". */
    void run(Runnable action, String success) {
        try {
            action.run();
            ok(success);
        } catch (CurationRefusal refusal) {
            error(getTranslation("curation.error." + refusal.code(), refusal.arguments()));
        } catch (AccessDeniedException denied) {
            error(getTranslation("curation.error.forbidden"));
        } catch (IllegalArgumentException invalid) {
            error(invalid.getMessage());
        }
    }

    private void show(String text, boolean error) {
        setText(text);
        setClassName("error", error);
        setClassName("ok", !error);
        setVisible(true);
    }
}

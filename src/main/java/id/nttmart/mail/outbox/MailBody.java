package id.nttmart.mail.outbox;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.IFrame;
import com.vaadin.flow.component.html.Pre;

/**
 * A mail's body for reading in the browser: the text as text; the HTML, when there is one, in a sandboxed frame
 * (no scripts, no forms, no same-origin access) whose policy also forbids loading anything from outside, so
 * neither a script nor a tracking picture in a mail runs in an administrator's session.
 */
final class MailBody {

    private static final String POLICY = "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none';"
            + " style-src 'unsafe-inline'; img-src data:\">";

    private MailBody() {}

    static Component of(StoredMail mail) {
        var text = new Pre(mail.text());
        text.addClassName("mail-text");
        var body = new Div(text);
        if (mail.html() != null) {
            var frame = new IFrame();
            frame.setSandbox(IFrame.SandboxType.RESTRICT_ALL);
            frame.setSrcdoc(POLICY + mail.html());
            frame.getElement().setAttribute("referrerpolicy", "no-referrer");
            frame.getElement().setAttribute("title", "HTML");
            frame.addClassName("mail-html");
            body.add(frame);
        }
        return body;
    }
}

package id.nttmart.staff.ui;

import com.vaadin.flow.component.Component;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.button.ButtonVariant;
import com.vaadin.flow.component.dialog.Dialog;
import com.vaadin.flow.component.textfield.TextArea;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.textfield.TextFieldVariant;
import id.nttmart.staff.StaffShipment;
import java.util.function.BiConsumer;
import java.util.function.Consumer;
import java.util.function.Predicate;

/** The dialogs of the steps that need words: the courier and tracking number, the pickup code, a reject reason. */
final class StepDialogs {

    private StepDialogs() {}

    static void courier(Component owner, StaffShipment s, BiConsumer<String, String> confirm) {
        var courier = new TextField(owner.getTranslation("staff.courier.name"));
        courier.setId("courier-name");
        courier.setRequired(true);
        courier.setMaxLength(200);
        var tracking = new TextField(owner.getTranslation("staff.courier.tracking"));
        tracking.setId("tracking-number");
        tracking.setRequired(true);
        tracking.setMaxLength(200);
        open(owner, owner.getTranslation("staff.courier.title", s.orderNumber()), dialog -> {
            boolean ok = !courier.getValue().isBlank() && !tracking.getValue().isBlank();
            courier.setInvalid(courier.getValue().isBlank());
            tracking.setInvalid(tracking.getValue().isBlank());
            if (ok) {
                dialog.close();
                confirm.accept(courier.getValue(), tracking.getValue());
            }
        }, courier, tracking);
    }

    /** {@code confirm} answers false for a wrong code: the dialog stays open and says so. */
    static void pickupCode(Component owner, StaffShipment s, Predicate<String> confirm) {
        var code = new TextField(owner.getTranslation("staff.pickup.code"));
        code.setId("pickup-code");
        code.setMaxLength(6);
        code.setAllowedCharPattern("[0-9]");
        code.getElement().setAttribute("inputmode", "numeric");
        code.addThemeVariants(TextFieldVariant.LUMO_ALIGN_CENTER);
        code.setErrorMessage(owner.getTranslation("staff.pickup.wrong"));
        open(owner, owner.getTranslation("staff.pickup.title", s.orderNumber(), s.buyerName()), dialog -> {
            if (confirm.test(code.getValue())) {
                dialog.close();
            } else {
                code.setInvalid(true);
            }
        }, code);
    }

    static void reject(Component owner, StaffShipment s, Consumer<String> confirm) {
        var reason = new TextArea(owner.getTranslation("staff.reject.reason"));
        reason.setId("reject-reason");
        reason.setRequired(true);
        reason.setMaxLength(200);
        reason.setHelperText(owner.getTranslation("staff.reject.help"));
        open(owner, owner.getTranslation("staff.reject.title", s.orderNumber()), dialog -> {
            if (reason.getValue().isBlank()) {
                reason.setInvalid(true);
                return;
            }
            dialog.close();
            confirm.accept(reason.getValue());
        }, reason);
    }

    private static void open(Component owner, String title, Consumer<Dialog> onConfirm, Component... fields) {
        var dialog = new Dialog();
        dialog.setHeaderTitle(title);
        dialog.addClassName("staff-dialog");
        var body = new com.vaadin.flow.component.orderedlayout.VerticalLayout(fields);
        body.setPadding(false);
        for (Component field : fields) {
            ((com.vaadin.flow.component.HasSize) field).setWidthFull();
        }
        dialog.add(body);
        var confirm = new Button(owner.getTranslation("staff.dialog.confirm"), e -> onConfirm.accept(dialog));
        confirm.addThemeVariants(ButtonVariant.LUMO_PRIMARY);
        confirm.addClassName("dialog-confirm");
        var cancel = new Button(owner.getTranslation("staff.dialog.cancel"), e -> dialog.close());
        cancel.addClassName("dialog-cancel");
        dialog.getFooter().add(cancel, confirm);
        dialog.open();
        ((com.vaadin.flow.component.Focusable<?>) fields[0]).focus();
    }
}

package id.nttmart.ordering.admin;

import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import id.nttmart.ordering.PaymentAttention;
import id.nttmart.platform.Rupiah;
import jakarta.annotation.security.RolesAllowed;
import java.time.ZoneId;
import java.time.format.DateTimeFormatter;

/** Administrators see payments that needed reconciling (late, twice, wrong amount) and refunds the gateway refused. */
@Route("admin/pembayaran")
@RolesAllowed("ADMIN")
class PaymentAttentionView extends Div implements HasDynamicTitle {

    private static final DateTimeFormatter TIME = DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss")
            .withZone(ZoneId.of("Asia/Makassar"));

    PaymentAttentionView(PaymentAttention attention) {
        var grid = new Grid<PaymentAttention.Item>();
        grid.addColumn(i -> TIME.format(i.at())).setHeader(getTranslation("payments.admin.time")).setAutoWidth(true);
        grid.addColumn(PaymentAttention.Item::number).setHeader(getTranslation("payments.admin.order"))
                .setAutoWidth(true);
        grid.addColumn(i -> getTranslation("payments.kind." + i.kind())).setHeader(getTranslation("payments.admin.what"))
                .setFlexGrow(1);
        grid.addColumn(i -> getTranslation("order.status." + i.status().name()))
                .setHeader(getTranslation("payments.admin.status")).setAutoWidth(true);
        grid.addColumn(i -> Rupiah.format(i.totalIdr())).setHeader(getTranslation("payments.admin.total"))
                .setAutoWidth(true);
        grid.addColumn(PaymentAttention.Item::detail).setHeader(getTranslation("payments.admin.detail"))
                .setAutoWidth(true);
        grid.setItems(attention.newest(200));
        grid.setHeight("70vh");
        add(new H1(getTranslation("payments.admin.title")), new Paragraph(getTranslation("payments.admin.lead")),
                grid);
    }

    @Override
    public String getPageTitle() {
        return getTranslation("payments.admin.title") + " · NTT Mart";
    }
}

package id.nttmart.asn;

import com.vaadin.flow.component.UI;
import com.vaadin.flow.component.button.Button;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.grid.Grid;
import com.vaadin.flow.component.html.Anchor;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.html.H1;
import com.vaadin.flow.component.html.H2;
import com.vaadin.flow.component.html.Paragraph;
import com.vaadin.flow.component.textfield.TextField;
import com.vaadin.flow.component.upload.Upload;
import com.vaadin.flow.router.HasDynamicTitle;
import com.vaadin.flow.router.Route;
import com.vaadin.flow.server.streams.UploadHandler;
import jakarta.annotation.security.RolesAllowed;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
import java.util.function.Function;

/** Administrators: agencies and rosters (CSV imports, all or nothing), agency heads, flagged claims. */
@Route("admin/asn")
@RolesAllowed("ADMIN")
class AsnAdminView extends Div implements HasDynamicTitle {

    private final Agencies agencies;
    private final AgencyHeads heads;
    private final AsnIdentities identities;
    private final Grid<Agencies.Agency> agencyGrid = new Grid<>();
    private final Grid<AgencyHeads.Head> headGrid = new Grid<>();
    private final Grid<AsnIdentities.FlaggedClaim> flagGrid = new Grid<>();
    private final Paragraph message = new Paragraph();

    AsnAdminView(Agencies agencies, AgencyHeads heads, AsnIdentities identities) {
        this.agencies = agencies;
        this.heads = heads;
        this.identities = identities;
        addClassName("back-office");
        message.addClassName("asn-message");
        agencyGrid.addColumn(Agencies.Agency::code).setHeader(getTranslation("asn.admin.code")).setAutoWidth(true);
        agencyGrid.addColumn(Agencies.Agency::name).setHeader(getTranslation("asn.admin.name")).setFlexGrow(1);
        agencyGrid.addColumn(Agencies.Agency::rosterSize).setHeader(getTranslation("asn.admin.roster-size"))
                .setAutoWidth(true);
        agencyGrid.setAllRowsVisible(true);
        headGrid.addColumn(AgencyHeads.Head::username).setHeader(getTranslation("asn.admin.username"));
        headGrid.addColumn(AgencyHeads.Head::displayName).setHeader(getTranslation("asn.name"));
        headGrid.addColumn(AgencyHeads.Head::agencyCode).setHeader(getTranslation("asn.agency"));
        headGrid.setAllRowsVisible(true);
        flagGrid.addColumn(AsnIdentities.FlaggedClaim::nip).setHeader(getTranslation("asn.nip"));
        flagGrid.addColumn(f -> f.accountName() + " (" + f.username() + ")").setHeader(getTranslation("asn.name"));
        flagGrid.addColumn(AsnIdentities.FlaggedClaim::agencyCode).setHeader(getTranslation("asn.agency"));
        flagGrid.addColumn(f -> getTranslation("asn.flag." + f.flag())
                + (f.rosterAgencyCode() == null ? "" : " (" + f.rosterAgencyCode() + ")"))
                .setHeader(getTranslation("asn.head.flag"));
        flagGrid.setAllRowsVisible(true);

        var username = new TextField(getTranslation("asn.admin.username"));
        var agency = new ComboBox<Agencies.Agency>(getTranslation("asn.agency"));
        agency.setItemLabelGenerator(a -> a.code() + " · " + a.name());
        var bind = new Button(getTranslation("asn.admin.bind"), e -> {
            if (agency.isEmpty()) {
                return;
            }
            try {
                heads.bind(username.getValue(), agency.getValue().code());
                message.setText(getTranslation("asn.admin.bound"));
                refresh(agency);
            } catch (AsnRefusal refusal) {
                message.setText(getTranslation(refusal.key(), refusal.args()));
            }
        });

        add(new H1(getTranslation("asn.admin.title")), message,
                new H2(getTranslation("asn.admin.agencies")), new Paragraph(getTranslation("asn.admin.agencies-help")),
                upload(agencies::importAgencies, agency), agencyGrid,
                new H2(getTranslation("asn.admin.roster")), new Paragraph(getTranslation("asn.admin.roster-help")),
                upload(agencies::importRoster, agency),
                new H2(getTranslation("asn.admin.heads")), new Paragraph(getTranslation("asn.admin.heads-help")),
                new Div(username, agency, bind), headGrid,
                new H2(getTranslation("asn.head.flagged")), flagGrid,
                new Anchor("/asn/instansi", getTranslation("asn.head.title")));
        refresh(agency);
    }

    private Upload upload(Function<Reader, Agencies.ImportResult> importer, ComboBox<Agencies.Agency> agency) {
        UI ui = UI.getCurrent();
        var upload = new Upload(UploadHandler.inMemory((metadata, bytes) -> ui.access(() -> {
            try {
                var result = importer.apply(new InputStreamReader(new java.io.ByteArrayInputStream(bytes),
                        StandardCharsets.UTF_8));
                message.setText(getTranslation("asn.admin.imported", result.created(), result.updated()));
            } catch (ImportRefused refused) {
                var text = new StringBuilder(getTranslation("asn.import.refused"));
                refused.problems().stream().limit(20).forEach(p -> text.append(' ').append(
                        getTranslation("asn.import.row", p.row(), getTranslation(p.key(), p.detail()), p.detail())));
                message.setText(text.toString());
            }
            refresh(agency);
        })));
        upload.setAcceptedFileTypes("text/csv", ".csv");
        upload.setMaxFiles(1);
        upload.setMaxFileSize(20 * 1024 * 1024);
        return upload;
    }

    private void refresh(ComboBox<Agencies.Agency> agency) {
        var list = agencies.list();
        agencyGrid.setItems(list);
        agency.setItems(list);
        headGrid.setItems(heads.list());
        flagGrid.setItems(identities.flagged());
    }

    @Override
    public String getPageTitle() {
        return getTranslation("asn.admin.title") + " · NTT Mart";
    }
}

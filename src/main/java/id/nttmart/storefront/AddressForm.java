package id.nttmart.storefront;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import id.nttmart.region.Address;
import id.nttmart.region.Regency;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import org.jspecify.annotations.Nullable;

/**
 * A delivery address the Indonesian way: country (Indonesia first), province (Nusa Tenggara Timur by default),
 * regency or city (the 22 of NTT to choose from, free text elsewhere), district (kecamatan), village
 * (desa/kelurahan), street, postal code, recipient and phone. Abroad: state or region as free text, no district or
 * village. {@code onWhere} runs when country, province or regency change, since they decide the delivery price.
 */
class AddressForm extends Div {

    final ComboBox<String> country = new ComboBox<>();
    final ComboBox<String> province = new ComboBox<>();
    final TextField region = new TextField();
    final ComboBox<String> regency = new ComboBox<>();
    final TextField city = new TextField();
    final TextField district = new TextField();
    final TextField village = new TextField();
    final TextField street = new TextField();
    final TextField postalCode = new TextField();
    final TextField recipient = new TextField();
    final TextField phone = new TextField();

    AddressForm(List<Regency> regencies, Runnable onWhere) {
        addClassName("address-form");
        Locale locale = getLocale();
        country.setLabel(getTranslation("checkout.country"));
        country.setItems(Provinces.countries(locale));
        country.setItemLabelGenerator(c -> Provinces.countryName(c, locale));
        country.setValue(Address.INDONESIA);
        country.setRequired(true);
        province.setLabel(getTranslation("checkout.province"));
        province.setItems(Provinces.INDONESIA);
        province.setValue(Address.NTT);
        province.setRequired(true);
        region.setLabel(getTranslation("checkout.region"));
        regency.setLabel(getTranslation("checkout.regency"));
        regency.setItems(regencies.stream().map(Regency::name).toList());
        regency.setRequired(true);
        regency.setHelperText(getTranslation("checkout.regency-help"));
        city.setLabel(getTranslation("checkout.city"));
        city.setRequired(true);
        district.setLabel(getTranslation("checkout.district"));
        village.setLabel(getTranslation("checkout.village"));
        street.setLabel(getTranslation("checkout.street"));
        street.setRequired(true);
        street.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.STREET_ADDRESS);
        postalCode.setLabel(getTranslation("checkout.postal-code"));
        postalCode.setRequired(true);
        postalCode.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.POSTAL_CODE);
        recipient.setLabel(getTranslation("checkout.recipient"));
        recipient.setRequired(true);
        phone.setLabel(getTranslation("checkout.recipient-phone"));
        phone.setRequired(true);
        phone.setAutocomplete(com.vaadin.flow.component.textfield.Autocomplete.TEL);
        phone.getElement().setAttribute("inputmode", "tel");
        postalCode.getElement().setAttribute("inputmode", "numeric");
        add(country, province, region, regency, city, district, village, street, postalCode, recipient, phone);
        for (var field : List.of(country, province, regency)) {
            field.getElement().getClassList().add("wide");
        }
        country.addValueChangeListener(e -> {
            arrange();
            onWhere.run();
        });
        province.addValueChangeListener(e -> {
            arrange();
            onWhere.run();
        });
        regency.addValueChangeListener(e -> onWhere.run());
        city.addValueChangeListener(e -> onWhere.run());
        arrange();
    }

    /** Shows the fields that fit the chosen country and province. */
    private void arrange() {
        boolean indonesia = indonesia();
        boolean ntt = indonesia && Address.NTT.equals(province.getValue());
        province.setVisible(indonesia);
        region.setVisible(!indonesia);
        regency.setVisible(ntt);
        city.setVisible(!ntt);
        district.setVisible(indonesia);
        village.setVisible(indonesia);
        postalCode.setHelperText(indonesia ? getTranslation("checkout.postal-code-help") : null);
    }

    private boolean indonesia() {
        return Address.INDONESIA.equals(country.getValue()) || country.getValue() == null;
    }

    private boolean ntt() {
        return indonesia() && Address.NTT.equals(province.getValue());
    }

    /** The address as typed so far (blank where nothing is typed; the checkout checks it). */
    Address address() {
        boolean indonesia = indonesia();
        return new Address(recipient.getValue(), phone.getValue(), street.getValue(),
                indonesia ? blankToNull(village.getValue()) : null, indonesia ? blankToNull(district.getValue()) : null,
                ntt() ? Optional.ofNullable(regency.getValue()).orElse("") : city.getValue(),
                indonesia ? province.getValue() : blankToNull(region.getValue()), postalCode.getValue(),
                Optional.ofNullable(country.getValue()).orElse(Address.INDONESIA));
    }

    /** Fills the form from a saved address. */
    void fill(Address address) {
        country.setValue(address.country().toUpperCase(Locale.ROOT));
        if (address.inIndonesia()) {
            province.setValue(address.province() != null && Provinces.INDONESIA.contains(address.province())
                    ? address.province() : Address.NTT);
        } else {
            region.setValue(orEmpty(address.province()));
        }
        if (ntt()) {
            regency.setValue(regency.getListDataView().getItems().filter(r -> r.equalsIgnoreCase(address.city()))
                    .findFirst().orElse(null));
        } else {
            city.setValue(address.city());
        }
        district.setValue(orEmpty(address.district()));
        village.setValue(orEmpty(address.village()));
        street.setValue(address.street());
        postalCode.setValue(address.postalCode());
        recipient.setValue(address.recipient());
        phone.setValue(address.phone());
    }

    /** The field a checkout error names ({@code delivery.address.city}), for showing the error on it. */
    Map<String, HasValidation> fields() {
        String prefix = "delivery.address.";
        return Map.ofEntries(Map.entry(prefix + "country", country),
                Map.entry(prefix + "province", indonesia() ? province : region),
                Map.entry(prefix + "city", ntt() ? regency : city), Map.entry(prefix + "district", district),
                Map.entry(prefix + "village", village), Map.entry(prefix + "street", street),
                Map.entry(prefix + "postal_code", postalCode), Map.entry(prefix + "recipient", recipient),
                Map.entry(prefix + "phone", phone));
    }

    private static @Nullable String blankToNull(String value) {
        return value == null || value.isBlank() ? null : value;
    }

    private static String orEmpty(@Nullable String value) {
        return value == null ? "" : value;
    }
}

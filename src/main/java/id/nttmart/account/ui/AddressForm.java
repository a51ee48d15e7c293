package id.nttmart.account.ui;

import com.vaadin.flow.component.HasValidation;
import com.vaadin.flow.component.checkbox.Checkbox;
import com.vaadin.flow.component.combobox.ComboBox;
import com.vaadin.flow.component.html.Div;
import com.vaadin.flow.component.textfield.TextField;
import id.nttmart.account.Credentials;
import id.nttmart.region.Address;
import id.nttmart.region.Regency;
import id.nttmart.region.Regions;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * The fields of a delivery address, laid out for a phone. The regency offers NTT's 22 and takes any other city;
 * the province starts as Nusa Tenggara Timur and the country as ID.
 */
class AddressForm extends Div {

    final TextField label = field("account.address.label", 40);
    final TextField recipient = field("account.address.recipient", 100);
    final TextField phone = field("account.address.phone", 20);
    final TextField street = field("account.address.street", 200);
    final TextField village = field("account.address.village", 100);
    final TextField district = field("account.address.district", 100);
    final ComboBox<String> city = new ComboBox<>();
    final TextField province = field("account.address.province", 100);
    final TextField postalCode = field("account.address.postal", 10);
    final TextField country = field("account.address.country", 2);
    final Checkbox makeDefault = new Checkbox();

    AddressForm(Regions regions) {
        addClassName("address-form");
        city.setLabel(getTranslation("account.address.city"));
        city.setItems(regions.regencies().stream().map(Regency::name).sorted().toList());
        city.setAllowCustomValue(true);
        city.addCustomValueSetListener(e -> city.setValue(e.getDetail()));
        city.addClassName("city");
        phone.getElement().setAttribute("inputmode", "tel");
        postalCode.getElement().setAttribute("inputmode", "numeric");
        province.setValue(Address.NTT);
        country.setValue(Address.INDONESIA);
        makeDefault.setLabel(getTranslation("account.address.save-default"));
        add(label, recipient, phone, street, village, district, city, province, postalCode, country, makeDefault);
    }

    /** The address, or empty after marking each field that needs correcting. */
    Optional<Address> read() {
        List<HasValidation> all = List.of(label, recipient, phone, street, city, postalCode, country);
        all.forEach(f -> f.setInvalid(false));
        boolean ok = required(label) & required(recipient) & required(street) & required(postalCode);
        String cityName = city.getValue() == null ? "" : city.getValue().strip();
        if (cityName.isEmpty()) {
            city.setErrorMessage(getTranslation("account.error.required"));
            city.setInvalid(true);
            ok = false;
        }
        var number = Credentials.phone(phone.getValue());
        if (number.isEmpty()) {
            phone.setErrorMessage(getTranslation("account.problem.PHONE_INVALID"));
            phone.setInvalid(true);
            ok = false;
        }
        String countryCode = country.getValue().strip().toUpperCase(Locale.ROOT);
        if (!countryCode.matches("[A-Z]{2}")) {
            country.setErrorMessage(getTranslation("account.error.country"));
            country.setInvalid(true);
            ok = false;
        }
        if (Address.INDONESIA.equals(countryCode) && !postalCode.getValue().strip().matches("\\d{5}")) {
            postalCode.setErrorMessage(getTranslation("account.error.postal"));
            postalCode.setInvalid(true);
            ok = false;
        }
        if (!ok) {
            return Optional.empty();
        }
        return Optional.of(new Address(recipient.getValue().strip(), number.get(), street.getValue().strip(),
                village.getValue(), district.getValue(), cityName, province.getValue(), postalCode.getValue().strip(),
                countryCode));
    }

    private boolean required(TextField field) {
        if (field.getValue().isBlank()) {
            field.setErrorMessage(getTranslation("account.error.required"));
            field.setInvalid(true);
            return false;
        }
        return true;
    }

    private TextField field(String key, int maxLength) {
        var field = new TextField(getTranslation(key));
        field.setMaxLength(maxLength);
        return field;
    }
}

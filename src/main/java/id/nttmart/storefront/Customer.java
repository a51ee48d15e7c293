package id.nttmart.storefront;

import id.nttmart.account.CurrentCustomer;
import id.nttmart.account.CustomerProfile;
import id.nttmart.account.SavedAddress;
import id.nttmart.account.SavedAddresses;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/** The signed-in customer as the cart and the checkout need them (account, contact, saved addresses); nobody for a guest. */
@Component
class Customer {

    private final CurrentCustomer current;
    private final SavedAddresses addresses;

    Customer(CurrentCustomer current, SavedAddresses addresses) {
        this.current = current;
        this.addresses = addresses;
    }

    /** Name, email and phone to prefill the checkout with (any may be empty). */
    record Contact(String name, String email, String phone) {}

    OptionalLong id() {
        return current.get().map(p -> OptionalLong.of(p.id())).orElseGet(OptionalLong::empty);
    }

    Optional<Contact> contact() {
        return current.get().map(Customer::contact);
    }

    /** The customer's saved delivery addresses, the default first. */
    List<SavedAddress> savedAddresses() {
        return current.get().map(p -> addresses.list(p.id())).orElse(List.of());
    }

    private static Contact contact(CustomerProfile profile) {
        return new Contact(profile.name(), profile.email() == null ? "" : profile.email(),
                profile.phone() == null ? "" : profile.phone());
    }
}

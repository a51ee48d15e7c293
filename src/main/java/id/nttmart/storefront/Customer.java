package id.nttmart.storefront;

import id.nttmart.region.Address;
import java.util.Optional;
import java.util.OptionalLong;
import org.springframework.stereotype.Component;

/** The signed-in customer, as the cart and the checkout need them; nobody for a guest. */
@Component
class Customer {

    /** Name, email and phone to prefill the checkout with (any may be empty). */
    record Contact(String name, String email, String phone) {}

    OptionalLong id() {
        return OptionalLong.empty();
    }

    Optional<Contact> contact() {
        return Optional.empty();
    }

    /** The customer's default delivery address, to prefill the checkout. */
    Optional<Address> savedAddress() {
        return Optional.empty();
    }
}

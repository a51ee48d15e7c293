package id.nttmart.asn;

import java.util.List;

/** A request the programme refuses, with the message key ({@code asn.*}) and its arguments for the person. */
public class AsnRefusal extends RuntimeException {

    private final String key;
    private final List<Object> args;

    public AsnRefusal(String key, Object... args) {
        super(key + " " + List.of(args));
        this.key = key;
        this.args = List.of(args);
    }

    public String key() {
        return key;
    }

    public Object[] args() {
        return args.toArray();
    }
}

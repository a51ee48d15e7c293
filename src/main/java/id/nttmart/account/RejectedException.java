package id.nttmart.account;

import java.util.Set;

/** What was entered cannot be accepted, for these reasons; nothing was stored. */
public class RejectedException extends RuntimeException {

    private final Set<Problem> problems;

    public RejectedException(Set<Problem> problems) {
        super("Rejected: " + problems);
        this.problems = Set.copyOf(problems);
    }

    public Set<Problem> problems() {
        return problems;
    }
}

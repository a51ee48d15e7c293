package id.nttmart.asn;

import java.util.List;

/** A CSV import with bad rows: nothing was imported; each bad row with its number in the file. */
public class ImportRefused extends RuntimeException {

    private final List<RowProblem> problems;

    public ImportRefused(List<RowProblem> problems) {
        super(problems.size() + " bad rows, first: " + problems.getFirst());
        this.problems = List.copyOf(problems);
    }

    public List<RowProblem> problems() {
        return problems;
    }

    /** The row's line in the file (a header, if any, is row 1), the message key and the value at fault. */
    public record RowProblem(long row, String key, String detail) {}
}

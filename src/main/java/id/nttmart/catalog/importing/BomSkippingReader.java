package id.nttmart.catalog.importing;

import java.io.FilterReader;
import java.io.IOException;
import java.io.PushbackReader;
import java.io.Reader;

/** Spreadsheet programs often start a UTF-8 CSV with a byte order mark; it is not part of the first column name. */
final class BomSkippingReader extends FilterReader {

    BomSkippingReader(Reader in) throws IOException {
        super(skipBom(new PushbackReader(in, 1)));
    }

    private static Reader skipBom(PushbackReader in) throws IOException {
        int first = in.read();
        if (first != -1 && first != '\uFEFF') {
            in.unread(first);
        }
        return in;
    }
}

package id.nttmart.catalog.importing;

import id.nttmart.catalog.Licence;
import id.nttmart.catalog.Program;
import java.util.List;
import java.util.Map;

/** One valid row of a catalogue import, ready to be written. Stock is units on hand per outlet id. */
record ProductDraft(
        String sku,
        String nameId,
        String nameEn,
        String descriptionId,
        String descriptionEn,
        String categoryCode,
        Program program,
        String origin,
        int regencyId,
        String producerName,
        long priceIdr,
        int weightGrams,
        List<Licence> licences,
        boolean alcohol,
        Map<Long, Integer> stockByOutlet) {}

package id.nttmart.catalog.importing;

import id.nttmart.catalog.ImportReport;
import id.nttmart.catalog.InvalidCatalogueException;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/admin/products/import}: the catalogue CSV as the request body (administrators, HTTP Basic).
 * Answers 200 with the counts and the reasons for rejected rows, or 400 when the file as a whole is unusable.
 */
@RestController
class ProductImportController {

    private final CatalogueImport catalogueImport;

    ProductImportController(CatalogueImport catalogueImport) {
        this.catalogueImport = catalogueImport;
    }

    @PostMapping("/api/v1/admin/products/import")
    ImportReport importProducts(HttpServletRequest request) throws IOException {
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (var reader = new InputStreamReader(request.getInputStream(), decoder)) {
            return catalogueImport.importCsv(reader);
        }
    }

    @ExceptionHandler(InvalidCatalogueException.class)
    ResponseEntity<Map<String, String>> invalid(InvalidCatalogueException e) {
        return ResponseEntity.badRequest().body(Map.of("error", "invalid_catalogue", "message", e.getMessage()));
    }
}

package id.nttmart.catalog.importing;

import id.nttmart.catalog.ImportReport;
import id.nttmart.catalog.ImportRules;
import id.nttmart.catalog.InvalidCatalogueException;
import id.nttmart.catalog.ProductStatus;
import id.nttmart.region.Outlet;
import id.nttmart.region.Regions;
import id.nttmart.security.BackOfficeAccess;
import id.nttmart.security.Role;
import jakarta.servlet.http.HttpServletRequest;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.security.Principal;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.PostMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * {@code POST /api/v1/admin/products/import}: the catalogue CSV as the request body (HTTP Basic). Administrators'
 * and curators' products are listed at once; outlet staff submit theirs for a curator's review, and only for the
 * regencies of their outlets (a curator bound to regencies imports only theirs). Answers 200 with the counts and
 * the reasons for rejected rows, or 400 when the file as a whole is unusable.
 */
@RestController
class ProductImportController {

    private final CatalogueImport catalogueImport;
    private final BackOfficeAccess access;
    private final Regions regions;

    ProductImportController(CatalogueImport catalogueImport, BackOfficeAccess access, Regions regions) {
        this.catalogueImport = catalogueImport;
        this.access = access;
        this.regions = regions;
    }

    @PostMapping("/api/v1/admin/products/import")
    ImportReport importProducts(HttpServletRequest request, Principal principal) throws IOException {
        ImportRules rules = rulesFor(principal.getName());
        var decoder = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try (var reader = new InputStreamReader(request.getInputStream(), decoder)) {
            return catalogueImport.importCsv(reader, rules);
        }
    }

    private ImportRules rulesFor(String username) {
        if (access.hasRole(Role.ADMIN)) {
            return ImportRules.listedAnywhere(username);
        }
        if (access.hasRole(Role.CURATOR)) {
            var scope = access.regencies();
            return new ImportRules(ProductStatus.LISTED, scope.everywhere() ? null : toInts(scope.ids()), username);
        }
        Set<Integer> regencies = new HashSet<>();
        var outlets = access.outlets();
        regions.outlets().stream().filter(o -> outlets.includes(o.id())).map(Outlet::regencyId)
                .forEach(regencies::add);
        return new ImportRules(ProductStatus.PENDING_REVIEW, regencies, username);
    }

    private static Set<Integer> toInts(Set<Long> ids) {
        Set<Integer> ints = new HashSet<>();
        ids.forEach(id -> ints.add(id.intValue()));
        return ints;
    }

    @ExceptionHandler(InvalidCatalogueException.class)
    ResponseEntity<Map<String, String>> invalid(InvalidCatalogueException e) {
        return ResponseEntity.badRequest().body(Map.of("error", "invalid_catalogue", "message", e.getMessage()));
    }
}

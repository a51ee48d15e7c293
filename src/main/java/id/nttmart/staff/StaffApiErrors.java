package id.nttmart.staff;

import id.nttmart.inventory.Reservations;
import id.nttmart.inventory.StockBelowReservedException;
import java.util.LinkedHashMap;
import java.util.Map;
import org.springframework.http.HttpStatus;
import org.springframework.http.ResponseEntity;
import org.springframework.http.converter.HttpMessageNotReadableException;
import org.springframework.security.access.AccessDeniedException;
import org.springframework.web.bind.MissingServletRequestParameterException;
import org.springframework.web.bind.annotation.ExceptionHandler;
import org.springframework.web.bind.annotation.RestControllerAdvice;
import org.springframework.web.method.annotation.MethodArgumentTypeMismatchException;

/** The staff API's errors as {@code {"error", "message"}}: 400, 403, 404, 409; never a stack trace. */
@RestControllerAdvice(assignableTypes = StaffApiController.class)
class StaffApiErrors {

    @ExceptionHandler(ShipmentNotFoundException.class)
    ResponseEntity<Map<String, Object>> notFound(ShipmentNotFoundException e) {
        return answer(HttpStatus.NOT_FOUND, "not_found", e.getMessage());
    }

    @ExceptionHandler(AccessDeniedException.class)
    ResponseEntity<Map<String, Object>> forbidden(AccessDeniedException e) {
        return answer(HttpStatus.FORBIDDEN, "forbidden", e.getMessage());
    }

    @ExceptionHandler({IllegalArgumentException.class, HttpMessageNotReadableException.class,
            MethodArgumentTypeMismatchException.class, MissingServletRequestParameterException.class})
    ResponseEntity<Map<String, Object>> badRequest(Exception e) {
        String message = e instanceof IllegalArgumentException ? e.getMessage()
                : e instanceof HttpMessageNotReadableException ? "The body must be a JSON object"
                : "A parameter is missing or malformed";
        return answer(HttpStatus.BAD_REQUEST, "bad_request", message);
    }

    @ExceptionHandler({IllegalStateException.class, StockBelowReservedException.class,
            Reservations.ConcurrentStockChangeException.class})
    ResponseEntity<Map<String, Object>> conflict(RuntimeException e) {
        return answer(HttpStatus.CONFLICT, "conflict", e.getMessage());
    }

    static Map<String, Object> error(String error, String message) {
        Map<String, Object> json = new LinkedHashMap<>();
        json.put("error", error);
        json.put("message", message);
        return json;
    }

    private static ResponseEntity<Map<String, Object>> answer(HttpStatus status, String error, String message) {
        return ResponseEntity.status(status).body(error(error, message == null ? status.getReasonPhrase() : message));
    }
}

package eu.oppose.letters.boundary;

import eu.oppose.http.boundary.ProblemMappers;
import eu.oppose.http.entity.InvalidParameter;
import eu.oppose.letters.control.InvalidLetterException;
import jakarta.ws.rs.core.Response;
import jakarta.ws.rs.ext.ExceptionMapper;
import jakarta.ws.rs.ext.Provider;

/** Every problem with a letter, at once, as problem+json naming each field by its JSON path. */
@Provider
public class InvalidLetterMapper implements ExceptionMapper<InvalidLetterException> {

    @Override
    public Response toResponse(InvalidLetterException e) {
        return ProblemMappers.invalidInput(e.violations().stream()
                .map(violation -> new InvalidParameter(violation.field(), violation.message()))
                .toList());
    }
}

package eu.oppose.http.boundary;

import eu.oppose.http.entity.InvalidParameter;
import eu.oppose.http.entity.InvalidRequestException;
import eu.oppose.http.entity.UnknownResourceException;
import jakarta.ws.rs.NotAllowedException;
import jakarta.ws.rs.ProcessingException;
import jakarta.ws.rs.core.Response;
import org.junit.jupiter.api.Test;

import java.util.List;

import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

class ProblemMappersTest {

    private static Problem problem(Response response) {
        assertEquals(Problem.MEDIA_TYPE, response.getMediaType().toString());
        return (Problem) response.getEntity();
    }

    @Test
    void badInputNamesEveryFieldAndRepeatsASingleReasonAsDetail() {
        Problem one = problem(new ProblemMappers.InvalidRequest().toResponse(
                new InvalidRequestException("url", "The url must start with https://.")));
        Problem two = problem(ProblemMappers.invalidInput(List.of(
                new InvalidParameter("person.email", "not an address"), new InvalidParameter("grounds", "missing"))));
        assertAll(
                () -> assertEquals(400, one.status()),
                () -> assertEquals("The url must start with https://.", one.detail()),
                () -> assertEquals("url", one.invalidParams().getFirst().name()),
                () -> assertEquals(2, two.invalidParams().size()),
                () -> assertTrue(two.detail().contains("2 fields")));
    }

    @Test
    void unknownFlowIsNotFoundNamingTheParameter() {
        Problem problem = problem(new ProblemMappers.UnknownResource().toResponse(
                new UnknownResourceException("flow", "No such flow.")));
        assertEquals(404, problem.status());
        assertEquals("flow", problem.invalidParams().getFirst().name());
    }

    @Test
    void aMalformedHeaderIsTheClientsMistake() {
        Problem problem = problem(new ProblemMappers.MalformedHeader().toResponse(new ProcessingException("bad If-None-Match")));
        assertEquals(400, problem.status());
    }

    @Test
    void runtimeAnswersKeepTheirStatusAndAllowHeader() {
        Response response = new ProblemMappers.Http().toResponse(new NotAllowedException("GET"));
        assertEquals(405, response.getStatus());
        assertEquals("GET", response.getHeaderString("Allow"));
        assertEquals(405, problem(response).status());
    }

    @Test
    void unexpectedFailuresSayNothingOfTheirMessage() {
        Problem problem = problem(new ProblemMappers.Unexpected().toResponse(
                new IllegalStateException("secret input marie@example.org")));
        assertAll(
                () -> assertEquals(500, problem.status()),
                () -> assertFalse(problem.detail().contains("marie@example.org")),
                () -> assertFalse(problem.detail().contains("IllegalStateException")),
                () -> assertNull(problem.invalidParams()));
    }
}

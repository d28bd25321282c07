package eu.oppose.http.boundary;

import jakarta.inject.Inject;
import jakarta.json.bind.Jsonb;
import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;
import jakarta.ws.rs.core.Response;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The container's own errors (a header it cannot parse, an unknown page, a wrong method outside the API) as
 * problem+json, like every other error, instead of the server's branded error page.
 */
@WebServlet("/error")
public class ErrorServlet extends HttpServlet {

    @Inject
    Jsonb jsonb;

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer known ? known : HttpServletResponse.SC_NOT_FOUND;
        Response.StatusType type = Response.Status.fromStatusCode(status);
        Problem problem = Problem.forStatus(type != null ? type : Response.Status.BAD_REQUEST);
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(jsonb.toJson(problem));
    }
}

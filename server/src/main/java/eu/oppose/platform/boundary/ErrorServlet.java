package eu.oppose.platform.boundary;

import jakarta.servlet.RequestDispatcher;
import jakarta.servlet.annotation.WebServlet;
import jakarta.servlet.http.HttpServlet;
import jakarta.servlet.http.HttpServletRequest;
import jakarta.servlet.http.HttpServletResponse;

import java.io.IOException;
import java.nio.charset.StandardCharsets;

/**
 * The container's own errors (a header it cannot parse, an unknown page, a wrong method outside the API) as
 * problem+json, like every other error, instead of the server's branded error page.
 */
@WebServlet("/error")
public class ErrorServlet extends HttpServlet {

    @Override
    protected void service(HttpServletRequest request, HttpServletResponse response) throws IOException {
        Object code = request.getAttribute(RequestDispatcher.ERROR_STATUS_CODE);
        int status = code instanceof Integer known ? known : HttpServletResponse.SC_NOT_FOUND;
        String detail = switch (status) {
            case 404 -> "There is nothing at this address. The guide is at /, the API is described at /openapi.";
            case 405 -> "This address does not accept that method.";
            case 400 -> "The request could not be read: check its headers (Accept, Content-Type) and its encoding.";
            default -> "The request could not be handled.";
        };
        String title = status == 404 ? "Not Found" : status == 405 ? "Method Not Allowed" : status >= 500 ? "Internal Server Error" : "Bad Request";
        String body = "{\"type\":\"https://oppose.eu/problems/http-" + status + "\",\"title\":\"" + title + "\",\"status\":" + status
                + ",\"detail\":\"" + detail + "\"}";
        response.setStatus(status);
        response.setContentType(Problem.MEDIA_TYPE);
        response.setCharacterEncoding(StandardCharsets.UTF_8.name());
        response.getWriter().write(body);
    }
}

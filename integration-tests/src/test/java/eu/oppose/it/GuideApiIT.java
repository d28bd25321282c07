package eu.oppose.it;

import jakarta.json.JsonObject;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

import java.net.http.HttpResponse;
import java.util.List;

import static eu.oppose.it.Http.encode;
import static eu.oppose.it.Http.json;
import static org.junit.jupiter.api.Assertions.assertAll;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

/** The guide API over HTTP, on the real WAR deployed to Payara Micro. */
class GuideApiIT extends DeployedServer {


    private Http http;

    @BeforeEach
    void connect() {
        http = http();
    }

    @Test
    void listsPlatformsAndFlowsInTheLanguageAskedFor() {
        HttpResponse<String> response = http.get("api/v1/platforms?lang=fr");
        JsonObject body = json(response);
        assertAll(
                () -> assertEquals(200, response.statusCode()),
                () -> assertEquals("fr", response.headers().firstValue("Content-Language").orElseThrow()),
                () -> assertEquals(List.of("instagram", "facebook"), body.getJsonArray("platforms").getValuesAs(JsonObject.class)
                        .stream().map(p -> p.getString("id")).toList()),
                () -> assertTrue(body.getJsonArray("platforms").getJsonObject(0).getJsonArray("flows").getJsonObject(0)
                        .getString("name").startsWith("S'opposer sur Instagram")));
    }

    @Test
    void answersTheStepForAPageVariantInGermanFromAcceptLanguage() {
        HttpResponse<String> response = http.get("api/v1/steps/current?url="
                + encode("https://WEB.Facebook.com/settings/?tab=privacy&locale=de_DE#x"), "Accept-Language", "de-AT,de;q=0.9");
        JsonObject body = json(response);
        assertAll(
                () -> assertEquals(200, response.statusCode()),
                () -> assertEquals("de", response.headers().firstValue("Content-Language").orElseThrow()),
                () -> assertEquals("no-store", response.headers().firstValue("Cache-Control").orElseThrow().split(",")[0].strip()),
                () -> assertEquals("facebook", body.getString("platform")),
                () -> assertEquals("open-privacy-center", body.getJsonObject("step").getString("id")),
                () -> assertEquals("Öffne das Datenschutzcenter", body.getJsonObject("step").getString("title")),
                () -> assertTrue(body.getBoolean("matched")),
                () -> assertEquals(2, body.getInt("index")),
                () -> assertEquals(6, body.getInt("total")));
    }

    @Test
    void givesCandidatesWhereTheAddressCannotDecide() {
        JsonObject body = json(http.get("api/v1/steps/current?lang=fr&url=" + encode("https://help.instagram.com/contact/767264225370182")));
        assertEquals("send-form", body.getJsonObject("step").getString("id"));
        assertEquals(List.of("done", "send-form"), body.getJsonArray("candidates").getValuesAs(JsonObject.class).stream()
                .map(c -> c.getString("id")).toList());
        assertFalse(body.getJsonArray("candidates").getJsonObject(0).getJsonArray("when").isEmpty());
    }

    @Test
    void crossPlatformFlowFollowsTheSessionsPlatform() {
        JsonObject body = json(http.get("api/v1/steps/current?flow=third-party-data&platform=instagram&url="
                + encode("https://www.facebook.com/help/contact/510058597920541")));
        assertEquals("instagram", body.getString("platform"));
        assertEquals("describe-data", body.getJsonObject("step").getString("id"));
    }

    @Test
    void cachesWholeGuidesWithEtags() {
        HttpResponse<String> first = http.get("api/v1/guides/facebook/third-party-data?lang=de");
        String etag = first.headers().firstValue("ETag").orElseThrow();
        HttpResponse<String> again = http.get("api/v1/guides/facebook/third-party-data?lang=de", "If-None-Match", etag);
        HttpResponse<String> french = http.get("api/v1/guides/facebook/third-party-data?lang=fr", "If-None-Match", etag);
        HttpResponse<String> malformed = http.get("api/v1/guides/facebook/third-party-data?lang=fr", "If-None-Match", "garbage\"");
        JsonObject guide = json(first);
        assertAll(
                () -> assertEquals(200, first.statusCode()),
                () -> assertTrue(first.headers().firstValue("Cache-Control").orElseThrow().contains("max-age=3600")),
                () -> assertEquals(304, again.statusCode()),
                () -> assertEquals("", again.body()),
                () -> assertEquals(200, french.statusCode(), "another language is another representation"),
                () -> assertEquals(400, malformed.statusCode(), "a broken header is the client's mistake"),
                () -> assertEquals("application/problem+json", malformed.headers().firstValue("Content-Type").orElseThrow()),
                () -> assertEquals("https://www.facebook.com/help/contact/510058597920541", guide.getString("formUrl")),
                () -> assertEquals(List.of("open-form", "describe-data", "done"), guide.getJsonArray("steps")
                        .getValuesAs(JsonObject.class).stream().map(s -> s.getString("id")).toList()));
    }

    @Test
    void badInputGetsProblemJsonNamingTheParameter() {
        record Case(String path, int status, String parameter) {
        }
        List<Case> cases = List.of(
                new Case("api/v1/steps/current", 400, "url"),
                new Case("api/v1/steps/current?url=" + encode("https://www.facebook.com.evil.example/"), 400, "url"),
                new Case("api/v1/steps/current?url=" + encode("https://www.facebook.com@evil.example/"), 400, "url"),
                new Case("api/v1/steps/current?url=" + encode("javascript:alert(1)"), 400, "url"),
                new Case("api/v1/steps/current?url=" + encode("https://www.instagram.com/" + "x".repeat(2100)), 400, "url"),
                new Case("api/v1/steps/current?lang=%3Cb%3E&url=" + encode("https://www.instagram.com/"), 400, "lang"),
                new Case("api/v1/steps/current?flow=all&url=" + encode("https://www.instagram.com/"), 404, "flow"),
                new Case("api/v1/guides/myspace/own-data", 404, "platform"),
                new Case("api/v1/guides/facebook/everything", 404, "flow"));
        for (Case c : cases) {
            HttpResponse<String> response = http.get(c.path(), "Origin", "https://evil.example");
            JsonObject problem = json(response);
            assertAll(c.path(),
                    () -> assertEquals(c.status(), response.statusCode()),
                    () -> assertEquals("application/problem+json", response.headers().firstValue("Content-Type").orElseThrow()),
                    () -> assertEquals(c.status(), problem.getInt("status")),
                    () -> assertEquals(c.parameter(), problem.getJsonArray("invalid-params").getJsonObject(0).getString("name")),
                    () -> assertFalse(problem.getString("detail").isBlank()),
                    () -> assertFalse(response.body().contains("Exception"), "no stack traces"),
                    () -> assertTrue(response.headers().firstValue("Access-Control-Allow-Origin").isEmpty()));
        }
    }

    @Test
    void unknownAddressesAndMethodsAreProblemsToo() {
        HttpResponse<String> missing = http.get("api/v1/nothing-here");
        HttpResponse<String> badAccept = http.get("api/v1/platforms", "Accept", "/");
        HttpResponse<String> noPage = http.get("no-such-page");
        HttpResponse<String> wrongMethod = http.post("api/v1/platforms", "{}", "Content-Type", "application/json");
        assertEquals(404, missing.statusCode());
        assertEquals("application/problem+json", missing.headers().firstValue("Content-Type").orElseThrow());
        assertEquals(400, badAccept.statusCode());
        assertTrue(badAccept.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertEquals(404, noPage.statusCode());
        assertTrue(noPage.headers().firstValue("Content-Type").orElseThrow().startsWith("application/problem+json"));
        assertFalse(noPage.body().contains("Payara"), "no server-branded error page");
        assertEquals(405, wrongMethod.statusCode());
        assertEquals("application/problem+json", wrongMethod.headers().firstValue("Content-Type").orElseThrow());
    }

    @Test
    void reportsReadinessAndDescribesTheApi() {
        JsonObject ready = json(http.get("health/ready"));
        String openapi = http.get("openapi").body();
        assertEquals("UP", ready.getString("status"));
        assertTrue(ready.getJsonArray("checks").getValuesAs(JsonObject.class).stream()
                .anyMatch(check -> check.getString("name").equals("guide data loaded")));
        for (String path : List.of("/api/v1/platforms", "/api/v1/guides/{platform}/{flow}", "/api/v1/steps/current")) {
            assertTrue(openapi.contains(path + ":"), path);
        }
        assertTrue(openapi.contains("invalid-params"));
    }

}

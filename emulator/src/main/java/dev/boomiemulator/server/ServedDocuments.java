package dev.boomiemulator.server;

import io.javalin.http.Context;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The OpenAPI documents the emulator serves by, at {@code /_emulator/openapi/{name}}, Swagger UI over them at
 * {@code /_emulator/docs} (the swagger-ui webjar, served by Javalin from the classpath, not copied files), the
 * dashboard at {@code /_emulator/ui}, and a front page at {@code /} linking them and the control API's tools. Open like the health check: they hold no state.
 */
final class ServedDocuments {
    /** Served name to classpath resource, in the order Swagger UI lists them. */
    static final Map<String, String> DOCUMENTS = documents();
    /** The swagger-ui webjar's version, from the webjar's own Maven metadata. */
    private static final String SWAGGER_UI = webjarVersion();

    private ServedDocuments() {
    }

    private static Map<String, String> documents() {
        Map<String, String> documents = new LinkedHashMap<>();
        documents.put("platform-v1.yaml", "openapi/platform-v1.yaml");
        documents.put("ws-simple.yaml", "openapi/ws-simple.yaml");
        documents.put("data-integration-v1.yaml", "openapi/data-integration-v1.yaml");
        documents.put("emulator-control.yaml", "openapi/emulator-control.yaml");
        documents.put("boomi-platform-openapi-3.0.3.json", "reference/boomi-platform-openapi-3.0.3.json");
        return documents;
    }

    static boolean isOpen(String path) {
        return path.equals(ControlApi.PREFIX + "/docs") || path.equals(ControlApi.PREFIX + "/ui")
                || path.startsWith(ControlApi.PREFIX + "/openapi/");
    }

    /**
     * The dashboard: one static page whose script calls the control API (with the admin token typed into it, if
     * one is set), so it needs no build step and shows nothing the API does not.
     */
    static void dashboard(Context ctx) {
        ctx.html(read("dashboard/index.html"));
    }

    /**
     * A file of the swagger-ui webjar, read from the classpath. Not Javalin's {@code enableWebjars()}: that mounts the
     * whole fat jar as a zip file system, whose index of 80,000 entries cost 15 MB of heap for a page few open.
     */
    static void webjarFile(Context ctx) {
        String file = ctx.pathParam("file");
        if (!ctx.pathParam("version").equals(SWAGGER_UI) || file.contains("..")) {
            throw new ControlException(404, "No such file of the swagger-ui webjar: " + file);
        }
        InputStream in = ServedDocuments.class.getClassLoader()
                .getResourceAsStream("META-INF/resources/webjars/swagger-ui/" + SWAGGER_UI + "/" + file);
        if (in == null) {
            throw new ControlException(404, "No such file of the swagger-ui webjar: " + file);
        }
        ctx.contentType(file.endsWith(".js") ? "text/javascript" : file.endsWith(".css") ? "text/css"
                : file.endsWith(".png") ? "image/png" : file.endsWith(".html") ? "text/html" : "application/octet-stream");
        ctx.header("Cache-Control", "max-age=86400");
        ctx.result(in);
    }

    static void document(Context ctx) {
        String resource = DOCUMENTS.get(ctx.pathParam("name"));
        if (resource == null) {
            throw new ControlException(404, "No document '" + ctx.pathParam("name") + "'; the documents are "
                    + String.join(", ", DOCUMENTS.keySet()) + ".");
        }
        ctx.contentType(resource.endsWith(".json") ? "application/json" : "application/yaml").result(read(resource));
    }

    static void swaggerUi(Context ctx) {
        StringBuilder urls = new StringBuilder();
        DOCUMENTS.keySet().forEach(name -> urls.append(urls.length() == 0 ? "" : ",")
                .append("{url:'").append(ControlApi.PREFIX).append("/openapi/").append(name).append("',name:'")
                .append(name).append("'}"));
        String base = "/webjars/swagger-ui/" + SWAGGER_UI;
        ctx.html("<!doctype html><html><head><meta charset=\"utf-8\"><title>Boomi emulator: API documents</title>"
                + "<link rel=\"stylesheet\" href=\"" + base + "/swagger-ui.css\"></head><body><div id=\"swagger-ui\"></div>"
                + "<script src=\"" + base + "/swagger-ui-bundle.js\"></script>"
                + "<script src=\"" + base + "/swagger-ui-standalone-preset.js\"></script>"
                + "<script>window.ui = SwaggerUIBundle({urls:[" + urls + "],dom_id:'#swagger-ui',"
                + "presets:[SwaggerUIBundle.presets.apis,SwaggerUIStandalonePreset],layout:'StandaloneLayout'});"
                + "</script></body></html>");
    }

    static void frontPage(Context ctx) {
        StringBuilder documents = new StringBuilder();
        DOCUMENTS.keySet().forEach(name -> documents.append("<li><a href=\"").append(ControlApi.PREFIX)
                .append("/openapi/").append(name).append("\">").append(name).append("</a></li>"));
        ctx.html("<!doctype html><html><head><meta charset=\"utf-8\"><title>Boomi emulator</title></head><body>"
                + "<h1>Boomi emulator</h1>"
                + "<p><a href=\"" + ControlApi.PREFIX + "/ui\">Dashboard</a> (accounts, requests, clock, reset)</p>"
                + "<p><a href=\"" + ControlApi.PREFIX + "/docs\">API documents in Swagger UI</a></p>"
                + "<h2>OpenAPI documents</h2><ul>" + documents + "</ul>"
                + "<h2>Control API</h2><ul>"
                + "<li><a href=\"" + ControlApi.PREFIX + "/health\">health</a></li>"
                + "<li><a href=\"" + ControlApi.PREFIX + "/requests\">request journal</a></li>"
                + "<li><a href=\"" + ControlApi.PREFIX + "/faults\">fault rules</a></li>"
                + "<li><a href=\"" + ControlApi.PREFIX + "/accounts\">accounts</a></li>"
                + "<li><a href=\"" + ControlApi.PREFIX + "/clock\">clock</a></li>"
                + "</ul></body></html>");
    }

    private static String webjarVersion() {
        java.util.Properties pom = new java.util.Properties();
        try (InputStream in = ServedDocuments.class.getClassLoader()
                .getResourceAsStream("META-INF/maven/org.webjars/swagger-ui/pom.properties")) {
            if (in == null) {
                throw new IllegalStateException("the swagger-ui webjar is not on the classpath");
            }
            pom.load(in);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return pom.getProperty("version");
    }

    private static String read(String resource) {
        try (InputStream in = ServedDocuments.class.getClassLoader().getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException(resource + " is not on the classpath");
            }
            return new String(in.readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}

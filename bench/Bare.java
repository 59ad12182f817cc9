import io.javalin.Javalin;

/**
 * The ceiling for bench/run.sh: a bare Javalin app (the emulator's own framework and jar) answering the same
 * Environment body with no auth, validation or database. Usage: java -cp emulator.jar bench/Bare.java PORT BODY
 */
public class Bare {
    public static void main(String[] args) {
        String body = args[1];
        Javalin.create(config -> {
            config.startup.showJavalinBanner = false;
            config.routes.get("/api/rest/v1/{accountId}/Environment/{id}",
                    ctx -> ctx.contentType("application/json").result(body));
        }).start("127.0.0.1", Integer.parseInt(args[0]));
    }
}

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;

/**
 * Docker HEALTHCHECK without curl/wget in the JRE image: exits 0 when GET {@code url} (default: the liveness group on
 * localhost:$PORT) answers 200, 1 otherwise. Compiled in the build stage; the runtime image has no compiler.
 */
public final class HealthCheck {
    public static void main(String[] args) {
        String port = System.getenv().getOrDefault("PORT", "8080");
        String url = args.length > 0 ? args[0] : "http://127.0.0.1:" + port + "/actuator/health/liveness";
        try {
            HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(2)).build();
            HttpRequest request = HttpRequest.newBuilder(URI.create(url)).timeout(Duration.ofSeconds(3)).build();
            int status = client.send(request, HttpResponse.BodyHandlers.discarding()).statusCode();
            System.exit(status == 200 ? 0 : 1);
        } catch (Exception e) {
            System.exit(1);
        }
    }
}

import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A crowd on a place nobody has asked for yet: VIEWS requests of URL from CLIENTS clients at once, all released
 * together. Prints how many were not answered 200.
 *
 * <p>Usage: {@code java bench/Crowd.java URL VIEWS CLIENTS}.
 */
public class Crowd {

  public static void main(String[] args) throws Exception {
    URI url = URI.create(args[0]);
    int views = Integer.parseInt(args[1]);
    int clients = Integer.parseInt(args[2]);
    HttpClient http = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(5)).build();
    AtomicInteger left = new AtomicInteger(views);
    AtomicInteger failed = new AtomicInteger();
    CountDownLatch start = new CountDownLatch(1);
    CountDownLatch done = new CountDownLatch(clients);
    for (int c = 0; c < clients; c++) {
      new Thread(() -> {
        try {
          start.await();
          while (left.getAndDecrement() > 0) {
            HttpResponse<Void> response = http.send(HttpRequest.newBuilder(url).timeout(Duration.ofSeconds(60)).build(),
                HttpResponse.BodyHandlers.discarding());
            if (response.statusCode() != 200) {
              failed.incrementAndGet();
            }
          }
        } catch (Exception e) {
          failed.incrementAndGet();
        } finally {
          done.countDown();
        }
      }).start();
    }
    start.countDown();
    done.await();
    System.out.println(failed.get());
  }
}

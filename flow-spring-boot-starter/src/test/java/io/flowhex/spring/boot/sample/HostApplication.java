package io.flowhex.spring.boot.sample;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;

/**
 * The host: a web application with a DataSource, Actuator and a page of its own at {@code /}. It
 * declares nothing of flowhex; the starter's auto-configuration does the rest.
 */
@SpringBootApplication
public class HostApplication {

    public static void main(String[] args) {
        SpringApplication.run(HostApplication.class, args);
    }

    /** The host's own root, which flowhex must leave alone. */
    @RestController
    static class Home {

        @GetMapping("/")
        String home() {
            return "host home";
        }
    }
}

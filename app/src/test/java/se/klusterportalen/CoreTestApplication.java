package se.klusterportalen;

import org.springframework.boot.autoconfigure.SpringBootApplication;

/** The application core without the UI, for the core's own integration tests. */
@SpringBootApplication
class CoreTestApplication {
}

package se.klusterportalen.base.ui;

import org.springframework.http.CacheControl;
import org.springframework.http.HttpStatus;
import org.springframework.http.MediaType;
import org.springframework.http.ResponseEntity;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.PathVariable;
import org.springframework.web.bind.annotation.RestController;
import se.klusterportalen.security.CurrentUser;
import se.klusterportalen.security.PortalUser;

import java.time.Duration;

/**
 * Serves {@link SharedMarkup}'s addresses ({@code GET /markup/<region>/<digest>}) behind the web UI's security
 * (signed in through Keycloak, the session's cookie; {@code UiSecurityConfiguration}): only to a user of that region
 * whose role set is the one the markup was made for, else 404 (an address of another region or role set is not
 * told apart from an unknown one). The answer never changes for its address, so the browser keeps it for a year
 * ({@code private, immutable}: not in shared caches).
 */
@RestController
class SharedMarkupController {

    private final SharedMarkup markup;
    private final CurrentUser currentUser;

    SharedMarkupController(SharedMarkup markup, CurrentUser currentUser) {
        this.markup = markup;
        this.currentUser = currentUser;
    }

    @GetMapping("/" + SharedMarkup.PATH + "/{region}/{digest}")
    ResponseEntity<String> markup(@PathVariable String region, @PathVariable String digest) {
        var content = markup.content(SharedMarkup.PATH + "/" + region + "/" + digest);
        var user = currentUser.get();
        if (content.isEmpty() || user.isEmpty() || !mayRead(user.get(), content.get())) {
            return ResponseEntity.status(HttpStatus.NOT_FOUND).cacheControl(CacheControl.noStore()).build();
        }
        return ResponseEntity.ok()
                .contentType(new MediaType(MediaType.TEXT_HTML, java.nio.charset.StandardCharsets.UTF_8))
                .cacheControl(CacheControl.maxAge(Duration.ofDays(365)).cachePrivate().immutable())
                .body(content.get().markup());
    }

    private static boolean mayRead(PortalUser user, SharedMarkup.Content content) {
        return user.regionCode().filter(content.region()::equals).isPresent()
                && java.util.Set.copyOf(user.roles()).equals(content.roles());
    }
}

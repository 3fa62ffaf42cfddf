package se.klusterportalen.notification;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

import java.time.Instant;
import java.util.List;
import java.util.Optional;
import java.util.UUID;

interface OutboxMailRepository extends JpaRepository<OutboxMail, UUID> {

    /** Pending mails whose next attempt is due at {@code now}, the longest waiting first. */
    List<OutboxMail> findByStateAndNextAttemptAtLessThanEqualOrderByNextAttemptAt(OutboxMail.State state, Instant now,
                                                                                   Limit limit);

    Optional<OutboxMail> findByNotificationId(UUID notificationId);
}

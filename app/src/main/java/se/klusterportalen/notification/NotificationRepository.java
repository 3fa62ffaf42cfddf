package se.klusterportalen.notification;

import org.springframework.data.domain.Limit;
import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface NotificationRepository extends JpaRepository<Notification, UUID> {

    List<Notification> findByRecipientOrderByCreatedAtDesc(String recipient, Limit limit);

    List<Notification> findByRecipientAndReadAtIsNull(String recipient);

    long countByRecipientAndReadAtIsNull(String recipient);

    boolean existsByRecipientAndEventKey(String recipient, String eventKey);
}

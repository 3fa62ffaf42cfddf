package se.klusterportalen.label;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface GoldRatingRepository extends JpaRepository<GoldRating, GoldRating.Key> {

    List<GoldRating> findByClusterId(UUID clusterId);
}

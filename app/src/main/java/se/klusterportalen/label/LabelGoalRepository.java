package se.klusterportalen.label;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.UUID;

interface LabelGoalRepository extends JpaRepository<LabelGoal, UUID> {
}

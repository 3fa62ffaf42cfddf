package se.klusterportalen.preference;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.Optional;
import java.util.UUID;

interface GridColumnChoiceRepository extends JpaRepository<GridColumnChoice, UUID> {

    Optional<GridColumnChoice> findByUsernameAndGrid(String username, String grid);
}

package se.klusterportalen.comparison;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

/** The region's own figures (tenant-filtered). */
interface OwnFigureRepository extends JpaRepository<OwnFigure, UUID> {

    @Override
    List<OwnFigure> findAll();
}

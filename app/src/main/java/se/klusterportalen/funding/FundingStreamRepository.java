package se.klusterportalen.funding;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface FundingStreamRepository extends JpaRepository<FundingStream, UUID> {

    List<FundingStream> findAllByOrderBySortOrderAscNameAsc();

    boolean existsByNameIgnoreCase(String name);
}

package se.klusterportalen.funding;

import org.springframework.data.jpa.repository.JpaRepository;

import java.util.List;
import java.util.UUID;

interface FundingEnvelopeRepository extends JpaRepository<FundingEnvelope, UUID> {

    List<FundingEnvelope> findByProgrammeId(UUID programmeId);
}

package se.klusterportalen.funding;

import io.swagger.v3.oas.annotations.Operation;
import org.jspecify.annotations.Nullable;
import org.springdoc.core.annotations.ParameterObject;
import org.springframework.web.bind.annotation.GetMapping;
import org.springframework.web.bind.annotation.RestController;
import se.klusterportalen.api.PageResponse;
import se.klusterportalen.api.Paging;
import se.klusterportalen.text.Collation;

import java.util.Comparator;

/** Read access to the region's funding streams (the columns of every funding plan). */
@RestController
@io.swagger.v3.oas.annotations.tags.Tag(name = "Funding")
class FundingStreamApiController {

    private final FundingService funding;

    FundingStreamApiController(FundingService funding) {
        this.funding = funding;
    }

    @Operation(summary = "The region's funding streams",
            description = "Order: the streams' order in the plans, then name (Swedish collation), then id. "
                    + "`standard` names a standard stream (REGION_BASE, …), null for the region's own.")
    @GetMapping("/api/v1/funding-streams")
    PageResponse<StreamJson> streams(@ParameterObject Paging paging) {
        paging.check();
        return paging.of(funding.streams().stream()
                .sorted(Comparator.comparingInt(FundingStreamSummary::order)
                        .thenComparing(Collation.swedish(FundingStreamSummary::name))
                        .thenComparing(s -> s.id().toString()))
                .map(StreamJson::of).toList());
    }

    /** @param base whether the stream funds the base organisation (not projects) */
    @io.swagger.v3.oas.annotations.media.Schema(name = "RegionFundingStream")
    record StreamJson(String id, String name, @Nullable String standard, String kind, boolean base, int order) {
        static StreamJson of(FundingStreamSummary stream) {
            return new StreamJson(stream.id().toString(), stream.name(),
                    stream.standard().map(Enum::name).orElse(null), stream.kind().name(), stream.base(),
                    stream.order());
        }
    }
}

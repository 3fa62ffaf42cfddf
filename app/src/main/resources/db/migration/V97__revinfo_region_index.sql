-- Issue #19: a region's data version (AuditHistoryService.dataVersion: count(*) and max(rev) of revinfo under
-- row-level security, asked by the region report's cache on every download) read from an index of the region's
-- revisions instead of a scan of every region's; a region with 300 clusters has over 100 000 revisions.
CREATE INDEX revinfo_region_rev ON revinfo (region_code, rev);

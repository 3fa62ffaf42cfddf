-- A region's data version per kind of data (issue #19, ADR 0093): one row per region, one counter per kind, raised in
-- the same transaction as the change by a trigger on every region-owned table that holds data a page shows. Reading
-- it is one indexed row (AuditHistoryService#dataVersion), whatever the length of the region's history; a cache keyed
-- by the kinds it reads (RegionDataCache) keeps its entries when another kind changes (a cluster's description edit
-- no longer empties the overview's entry).
--
-- Kinds (columns; audit.DataKind names them the same):
--   clusters       cluster (all but its free texts), cluster_area, smart_specialisation_area
--   profile_texts  the cluster's free texts: description, host organisation and its number, web addresses
--   members        cluster_member_organisation, cluster_member_year
--   people         cluster_contact, cluster_manager, user_account
--   programmes     programme, programme_cluster, programme_goal, milestone
--   funding        funding_stream, funding_envelope, funding_plan, funding_amount
--   assessments    assessment_round, assessment, assessment_answer
--   labels         ecei_label, label_goal, gold_indicator_rating
--   indicators     indicator_round, indicator, indicator_value, cluster_network
--   comparison     comparison_participation, comparison_own_figure
-- Region-owned tables without a kind (nothing cached reads them): the Envers tables and revinfo, notification,
-- mail_outbox, grid_column_choice, data_version itself. DataVersionIntegrationTest finds every region-owned table in
-- pg_catalog and fails for one that is neither here nor in that list.
CREATE TABLE data_version (
    region_code   varchar(40) PRIMARY KEY REFERENCES region (code),
    clusters      bigint      NOT NULL DEFAULT 0,
    profile_texts bigint      NOT NULL DEFAULT 0,
    members       bigint      NOT NULL DEFAULT 0,
    people        bigint      NOT NULL DEFAULT 0,
    programmes    bigint      NOT NULL DEFAULT 0,
    funding       bigint      NOT NULL DEFAULT 0,
    assessments   bigint      NOT NULL DEFAULT 0,
    labels        bigint      NOT NULL DEFAULT 0,
    indicators    bigint      NOT NULL DEFAULT 0,
    comparison    bigint      NOT NULL DEFAULT 0,
    version       bigint      NOT NULL DEFAULT 0 -- RegionOwned's optimistic lock; the trigger leaves it 0
);
-- the trigger runs as the user making the change (the application role), under the same row-level security
SELECT make_region_owned('data_version', 'SELECT, INSERT, UPDATE');

-- Raises the counter of TG_ARGV[0] for the changed row's region, once per transaction and kind (the next rows of the
-- same kind in the transaction find the transaction-local setting kp.data_changed and skip: an import of 12 000
-- amounts updates the row once). One row per region, so a transaction that changes several kinds locks one row
-- (no lock-order deadlocks between kinds); it holds it until it commits, as it holds the rows it changed.
-- With TG_ARGV[1] and more: TG_ARGV[1] is the kind of the columns named after it; an update that changes only
-- those columns (and the optimistic-lock version) raises only that kind, one that changes others raises TG_ARGV[0]
-- too. An update that changes nothing raises nothing.
CREATE FUNCTION note_data_change() RETURNS trigger
    LANGUAGE plpgsql
AS $$
DECLARE
    region  text;
    kinds   text[] := ARRAY[TG_ARGV[0]];
    columns text[];
    changed text;
    kind    text;
    marker  text;
BEGIN
    IF TG_OP = 'DELETE' THEN
        region := OLD.region_code;
    ELSE
        region := NEW.region_code;
    END IF;
    IF TG_OP = 'UPDATE' THEN
        columns := TG_ARGV[2:TG_NARGS - 1] || ARRAY['version'];
        kinds := ARRAY[]::text[];
        IF (to_jsonb(NEW) - columns) IS DISTINCT FROM (to_jsonb(OLD) - columns) THEN
            kinds := kinds || TG_ARGV[0];
        END IF;
        IF TG_NARGS > 1 AND EXISTS (SELECT 1 FROM unnest(TG_ARGV[2:TG_NARGS - 1]) c
                                     WHERE to_jsonb(NEW) -> c IS DISTINCT FROM to_jsonb(OLD) -> c) THEN
            kinds := kinds || TG_ARGV[1];
        END IF;
    END IF;
    changed := coalesce(current_setting('kp.data_changed', true), '');
    FOREACH kind IN ARRAY kinds LOOP
        marker := '|' || region || ':' || kind || '|';
        IF position(marker IN changed) = 0 THEN
            EXECUTE format('INSERT INTO data_version AS v (region_code, %1$I) VALUES ($1, 1)'
                           ' ON CONFLICT (region_code) DO UPDATE SET %1$I = v.%1$I + 1', kind) USING region;
            changed := changed || marker;
            PERFORM set_config('kp.data_changed', changed, true);
        END IF;
    END LOOP;
    RETURN NULL;
END;
$$;

CREATE TRIGGER data_version AFTER INSERT OR UPDATE OR DELETE ON cluster FOR EACH ROW
    EXECUTE FUNCTION note_data_change('clusters', 'profile_texts', 'description', 'host_organisation', 'host_org_number',
                                      'website', 'eccp_profile_url');
CREATE TRIGGER data_version AFTER INSERT OR UPDATE OR DELETE ON cluster_area FOR EACH ROW
    EXECUTE FUNCTION note_data_change('clusters');
CREATE TRIGGER data_version AFTER INSERT OR UPDATE OR DELETE ON smart_specialisation_area FOR EACH ROW
    EXECUTE FUNCTION note_data_change('clusters');

CREATE TRIGGER data_version AFTER INSERT OR UPDATE OR DELETE ON cluster_member_organisation FOR EACH ROW
    EXECUTE FUNCTION note_data_change('members');
CREATE TRIGGER data_version AFTER INSERT OR UPDATE OR DELETE ON cluster_member_year FOR EACH ROW
    EXECUTE FUNCTION note_data_change('members');

CREATE TRIGGER data_version AFTER INSERT OR UPDATE OR DELETE ON cluster_contact FOR EACH ROW
    EXECUTE FUNCTION note_data_change('people');
CREATE TRIGGER data_version AFTER INSERT OR UPDATE OR DELETE ON cluster_manager FOR EACH ROW
    EXECUTE FUNCTION note_data_change('people');
CREATE TRIGGER data_version AFTER INSERT OR UPDATE OR DELETE ON user_account FOR EACH ROW
    EXECUTE FUNCTION note_data_change('people');

CREATE TRIGGER data_version AFTER INSERT OR UPDATE OR DELETE ON programme FOR EACH ROW
    EXECUTE FUNCTION note_data_change('programmes');
CREATE TRIGGER data_version AFTER INSERT OR UPDATE OR DELETE ON programme_cluster FOR EACH ROW
    EXECUTE FUNCTION note_data_change('programmes');
CREATE TRIGGER data_version AFTER INSERT OR UPDATE OR DELETE ON programme_goal FOR EACH ROW
    EXECUTE FUNCTION note_data_change('programmes');
CREATE TRIGGER data_version AFTER INSERT OR UPDATE OR DELETE ON milestone FOR EACH ROW
    EXECUTE FUNCTION note_data_change('programmes');

CREATE TRIGGER data_version AFTER INSERT OR UPDATE OR DELETE ON funding_stream FOR EACH ROW
    EXECUTE FUNCTION note_data_change('funding');
CREATE TRIGGER data_version AFTER INSERT OR UPDATE OR DELETE ON funding_envelope FOR EACH ROW
    EXECUTE FUNCTION note_data_change('funding');
CREATE TRIGGER data_version AFTER INSERT OR UPDATE OR DELETE ON funding_plan FOR EACH ROW
    EXECUTE FUNCTION note_data_change('funding');
CREATE TRIGGER data_version AFTER INSERT OR UPDATE OR DELETE ON funding_amount FOR EACH ROW
    EXECUTE FUNCTION note_data_change('funding');

CREATE TRIGGER data_version AFTER INSERT OR UPDATE OR DELETE ON assessment_round FOR EACH ROW
    EXECUTE FUNCTION note_data_change('assessments');
CREATE TRIGGER data_version AFTER INSERT OR UPDATE OR DELETE ON assessment FOR EACH ROW
    EXECUTE FUNCTION note_data_change('assessments');
CREATE TRIGGER data_version AFTER INSERT OR UPDATE OR DELETE ON assessment_answer FOR EACH ROW
    EXECUTE FUNCTION note_data_change('assessments');

CREATE TRIGGER data_version AFTER INSERT OR UPDATE OR DELETE ON ecei_label FOR EACH ROW
    EXECUTE FUNCTION note_data_change('labels');
CREATE TRIGGER data_version AFTER INSERT OR UPDATE OR DELETE ON label_goal FOR EACH ROW
    EXECUTE FUNCTION note_data_change('labels');
CREATE TRIGGER data_version AFTER INSERT OR UPDATE OR DELETE ON gold_indicator_rating FOR EACH ROW
    EXECUTE FUNCTION note_data_change('labels');

CREATE TRIGGER data_version AFTER INSERT OR UPDATE OR DELETE ON indicator_round FOR EACH ROW
    EXECUTE FUNCTION note_data_change('indicators');
CREATE TRIGGER data_version AFTER INSERT OR UPDATE OR DELETE ON indicator FOR EACH ROW
    EXECUTE FUNCTION note_data_change('indicators');
CREATE TRIGGER data_version AFTER INSERT OR UPDATE OR DELETE ON indicator_value FOR EACH ROW
    EXECUTE FUNCTION note_data_change('indicators');
CREATE TRIGGER data_version AFTER INSERT OR UPDATE OR DELETE ON cluster_network FOR EACH ROW
    EXECUTE FUNCTION note_data_change('indicators');

CREATE TRIGGER data_version AFTER INSERT OR UPDATE OR DELETE ON comparison_participation FOR EACH ROW
    EXECUTE FUNCTION note_data_change('comparison');
CREATE TRIGGER data_version AFTER INSERT OR UPDATE OR DELETE ON comparison_own_figure FOR EACH ROW
    EXECUTE FUNCTION note_data_change('comparison');

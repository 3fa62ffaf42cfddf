-- Officers may remove an area of the region's smart-specialisation list that no cluster serves (the service
-- refuses one in use; cluster_area's foreign key would too). Row-level security already covers the table.
GRANT DELETE ON smart_specialisation_area TO ${appRole};

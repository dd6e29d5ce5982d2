CREATE CONSTRAINT incident_report_id IF NOT EXISTS FOR (n:IncidentReport) REQUIRE n.id IS UNIQUE

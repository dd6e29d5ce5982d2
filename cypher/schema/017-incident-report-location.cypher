CREATE RANGE INDEX incident_report_location IF NOT EXISTS FOR (n:IncidentReport) ON (n.locationId)

CREATE RANGE INDEX incident_report_period IF NOT EXISTS FOR (n:IncidentReport) ON (n.periodFrom)

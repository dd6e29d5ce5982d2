CREATE RANGE INDEX incident_report_pending IF NOT EXISTS FOR (n:IncidentReport) ON (n.pending)

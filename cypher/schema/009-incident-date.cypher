// Range index for incident date filters. Params: none. Returns: nothing.
CREATE RANGE INDEX incident_date IF NOT EXISTS FOR (n:Incident) ON (n.date)

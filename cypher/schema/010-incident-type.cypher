// Range index for incident type filters. Params: none. Returns: nothing.
CREATE RANGE INDEX incident_type IF NOT EXISTS FOR (n:Incident) ON (n.type)

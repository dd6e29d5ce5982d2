// Unique id of every Incident. Params: none. Returns: nothing.
CREATE CONSTRAINT incident_id IF NOT EXISTS FOR (n:Incident) REQUIRE n.id IS UNIQUE

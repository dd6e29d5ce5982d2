// Unique id of every Location. Params: none. Returns: nothing.
CREATE CONSTRAINT location_id IF NOT EXISTS FOR (n:Location) REQUIRE n.id IS UNIQUE

// Unique id of every Actor. Params: none. Returns: nothing.
CREATE CONSTRAINT actor_id IF NOT EXISTS FOR (n:Actor) REQUIRE n.id IS UNIQUE

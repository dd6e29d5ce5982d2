// Unique id of every Claim. Params: none. Returns: nothing.
CREATE CONSTRAINT claim_id IF NOT EXISTS FOR (n:Claim) REQUIRE n.id IS UNIQUE

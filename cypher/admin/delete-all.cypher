// Deletes everything in batches (tests, kg db reset). Runs in an auto-commit transaction.
// Params: none. Returns: nothing.
MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS OF 10000 ROWS

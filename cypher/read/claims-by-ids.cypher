// Claims by id, for the claim DataLoader. Params: $ids. Returns: key, node (Claim map), one row per found id.
UNWIND $ids AS key
MATCH (c:Claim {id: key})
RETURN key, c {.id, .articleId, .text, .start, .end, .stance, .killed, .injured, .casualties, .captured, .displaced, .victims, .qualifier, .vague} AS node

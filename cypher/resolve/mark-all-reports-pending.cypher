// Marks every report pending, so that the next resolution recomputes every incident (`kg resolve --all`, after a
// change of the lexicon's places or of the cues). Params: none. Returns: marked.
MATCH (r:IncidentReport)
SET r.pending = true
RETURN count(r) AS marked

// How many articles the graph holds. Params: none. Returns: count.
MATCH (a:Article) RETURN count(a) AS count

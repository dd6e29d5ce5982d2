// Range index for actor kind filters. Params: none. Returns: nothing.
CREATE RANGE INDEX actor_kind IF NOT EXISTS FOR (n:Actor) ON (n.kind)

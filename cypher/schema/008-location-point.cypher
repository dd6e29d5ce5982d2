// Point index for locationsNear. Params: none. Returns: nothing.
CREATE POINT INDEX location_point IF NOT EXISTS FOR (n:Location) ON (n.point)

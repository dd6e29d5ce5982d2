// Composite range index on where and when incidents occurred (OCCURRED_IN carries its place id and the incident's
// date), so that the incidents of one place within a date window are one index seek however busy the place is.
// Params: none. Returns: nothing.
CREATE RANGE INDEX occurred_in_place_date IF NOT EXISTS FOR ()-[r:OCCURRED_IN]-() ON (r.placeId, r.date)

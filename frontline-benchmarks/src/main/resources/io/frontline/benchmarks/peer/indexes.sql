CREATE INDEX span_days ON span (first_day, end_day);
CREATE INDEX site_span_days ON site_span (first_day, end_day);
ANALYZE atom;
ANALYZE span;
ANALYZE site_span;

-- An observation may state the share of a contested place its actor holds (0 < share < 1) and the Admiralty-code
-- grade of its source (B2). Both are empty on rows recorded before this version.
ALTER TABLE observations ADD COLUMN share REAL CHECK (share IS NULL OR (share > 0 AND share < 1));
ALTER TABLE observations ADD COLUMN source_grade TEXT;

CREATE TABLE "search_entries" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"family_id" integer NOT NULL,
	"department" text NOT NULL,
	"family" text NOT NULL,
	"level" text,
	"title" text NOT NULL,
	"body" text NOT NULL,
	"vector" "tsvector" NOT NULL
);
--> statement-breakpoint
ALTER TABLE "search_entries" ADD CONSTRAINT "search_entries_family_id_job_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."job_families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "search_entries_vector" ON "search_entries" USING gin ("vector");--> statement-breakpoint
CREATE INDEX "search_entries_family" ON "search_entries" USING btree ("family_id");
--> statement-breakpoint
-- Search entries are derived from the newest revision, in the same transaction as the revision:
-- a trigger, so every writer (forms, import, restore, the API) keeps search current without
-- remembering to. Markdown link targets and emphasis marks are dropped from the indexed words.
CREATE OR REPLACE FUNCTION ladder_search_words(value jsonb, paths text[]) RETURNS text AS $$
  SELECT coalesce(string_agg(regexp_replace(v #>> '{}', '<[^>]*>|\]\([^)]*\)|[\[\]*_`#>|]+', ' ', 'g'), ' '), '')
  FROM unnest(paths) AS p, jsonb_path_query(coalesce(value, '{}'::jsonb), p::jsonpath) AS v
  WHERE jsonb_typeof(v) = 'string'
$$ LANGUAGE sql IMMUTABLE;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION ladder_index_family(fid integer, doc jsonb) RETURNS void AS $$
DECLARE
  lists constant text[] := ARRAY['strict $.**.text', 'strict $.**.name', 'strict $.**.description', 'strict $.**.heading', 'strict $.**.body'];
BEGIN
  DELETE FROM search_entries WHERE family_id = fid;
  -- The family as a whole: its title, then its overview, then its family-wide lists.
  INSERT INTO search_entries (family_id, department, family, level, title, body, vector)
  SELECT fid, doc->>'department', doc->>'slug', NULL, doc->>'title', x.intro || ' ' || x.items,
    setweight(to_tsvector('english', doc->>'title'), 'A')
      || setweight(to_tsvector('english', x.intro), 'B')
      || setweight(to_tsvector('english', x.items), 'C')
  FROM (
    SELECT ladder_search_words(doc, ARRAY['strict $.description', 'strict $.overview']) AS intro,
      ladder_search_words(doc - 'levels' - 'description' - 'overview', lists) AS items
  ) x;
  -- Each level: its title and abbreviation, then its intro and reporting line, then its lists.
  INSERT INTO search_entries (family_id, department, family, level, title, body, vector)
  SELECT fid, doc->>'department', doc->>'slug', l->>'id', l->>'title', x.intro || ' ' || x.items,
    setweight(to_tsvector('english', (l->>'title') || ' ' || coalesce(l->>'abbreviation', '')), 'A')
      || setweight(to_tsvector('english', x.intro), 'B')
      || setweight(to_tsvector('english', x.items), 'C')
  FROM jsonb_array_elements(doc->'levels') AS l,
    LATERAL (
      SELECT ladder_search_words(l, ARRAY['strict $.intro', 'strict $.reportsTo', 'strict $.gradeText']) AS intro,
        ladder_search_words(l - 'intro' - 'reportsTo' - 'gradeText' - 'headings', lists) AS items
    ) x;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE OR REPLACE FUNCTION ladder_index_revision() RETURNS trigger AS $$
BEGIN
  PERFORM ladder_index_family(NEW.family_id, NEW.document);
  RETURN NEW;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER revisions_search_index AFTER INSERT ON revisions
  FOR EACH ROW EXECUTE FUNCTION ladder_index_revision();
--> statement-breakpoint
-- Families saved before search existed.
SELECT ladder_index_family(r.family_id, r.document)
FROM revisions r JOIN job_families f ON f.id = r.family_id AND f.current_revision = r.number;

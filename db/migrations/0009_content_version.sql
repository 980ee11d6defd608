CREATE TABLE "content_version" (
	"single" boolean PRIMARY KEY DEFAULT true NOT NULL,
	"version" bigint DEFAULT 0 NOT NULL,
	CONSTRAINT "content_version_one_row" CHECK ("content_version"."single")
);
--> statement-breakpoint
INSERT INTO "content_version" ("single", "version") VALUES (true, 0);
--> statement-breakpoint
-- Bumped once per transaction that changed a family or a department, from any writer (a save on
-- any instance, the CLI importer). A deferred constraint trigger runs at commit, so the row is
-- locked only while the transaction commits: two saves never wait on each other for longer, nor
-- deadlock over it. The local setting marks the transaction as counted (a bulk import changes
-- many rows, once).
CREATE OR REPLACE FUNCTION ladder_bump_content_version() RETURNS trigger AS $$
BEGIN
  IF current_setting('ladder.content_version_bumped', true) IS DISTINCT FROM 'on' THEN
    UPDATE content_version SET version = version + 1;
    PERFORM set_config('ladder.content_version_bumped', 'on', true);
  END IF;
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER job_families_content_version AFTER INSERT OR UPDATE OR DELETE ON job_families
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ladder_bump_content_version();
--> statement-breakpoint
CREATE CONSTRAINT TRIGGER departments_content_version AFTER INSERT OR UPDATE OR DELETE ON departments
  DEFERRABLE INITIALLY DEFERRED FOR EACH ROW EXECUTE FUNCTION ladder_bump_content_version();
--> statement-breakpoint
-- The content version replaces the notice of migration 0004: instances read it instead of listening.
DROP TRIGGER job_families_content_changed ON job_families;
--> statement-breakpoint
DROP TRIGGER departments_content_changed ON departments;
--> statement-breakpoint
DROP FUNCTION ladder_notify_content_changed();

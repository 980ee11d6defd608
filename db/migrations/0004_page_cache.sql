CREATE TABLE "revision_renders" (
	"revision_id" bigint NOT NULL,
	"renderer" integer NOT NULL,
	"context" text NOT NULL,
	"description_html" text NOT NULL,
	"html" text NOT NULL,
	"contents" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "revision_renders_revision_id_renderer_context_pk" PRIMARY KEY("revision_id","renderer","context")
);
--> statement-breakpoint
ALTER TABLE "revision_renders" ADD CONSTRAINT "revision_renders_revision_id_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."revisions"("id") ON DELETE no action ON UPDATE no action;
--> statement-breakpoint
-- Every server instance caches whole reading pages. Any change of a family (a save from any
-- instance, the CLI importer, a future rename) or a department tells every instance, at commit,
-- through this channel; lib/server/page-cache.mjs listens and drops its cached pages.
CREATE OR REPLACE FUNCTION ladder_notify_content_changed() RETURNS trigger AS $$
BEGIN
  PERFORM pg_notify('ladder_content_changed', TG_TABLE_NAME);
  RETURN NULL;
END;
$$ LANGUAGE plpgsql;
--> statement-breakpoint
CREATE TRIGGER job_families_content_changed AFTER INSERT OR UPDATE OR DELETE ON job_families
  FOR EACH STATEMENT EXECUTE FUNCTION ladder_notify_content_changed();
--> statement-breakpoint
CREATE TRIGGER departments_content_changed AFTER INSERT OR UPDATE OR DELETE ON departments
  FOR EACH STATEMENT EXECUTE FUNCTION ladder_notify_content_changed();

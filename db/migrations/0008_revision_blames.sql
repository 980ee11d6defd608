CREATE TABLE "revision_blames" (
	"revision_id" bigint NOT NULL,
	"version" integer NOT NULL,
	"attributions" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "revision_blames_revision_id_version_pk" PRIMARY KEY("revision_id","version")
);
--> statement-breakpoint
ALTER TABLE "revision_blames" ADD CONSTRAINT "revision_blames_revision_id_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."revisions"("id") ON DELETE no action ON UPDATE no action;
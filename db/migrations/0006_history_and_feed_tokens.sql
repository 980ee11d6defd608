CREATE TABLE "revision_change_sizes" (
	"revision_id" bigint PRIMARY KEY NOT NULL,
	"places" jsonb NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "api_tokens" ADD COLUMN "kind" text DEFAULT 'personal' NOT NULL;--> statement-breakpoint
ALTER TABLE "revision_change_sizes" ADD CONSTRAINT "revision_change_sizes_revision_id_revisions_id_fk" FOREIGN KEY ("revision_id") REFERENCES "public"."revisions"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "audit_events_actor_name" ON "audit_events" USING btree ("actor_name");--> statement-breakpoint
CREATE INDEX "revisions_family_author_number" ON "revisions" USING btree ("family_id","author_name","number");--> statement-breakpoint
CREATE INDEX "revisions_family_created" ON "revisions" USING btree ("family_id","created_at");--> statement-breakpoint
CREATE INDEX "revisions_created" ON "revisions" USING btree ("created_at");
CREATE TABLE "check_settings" (
	"key" text PRIMARY KEY NOT NULL,
	"value" text NOT NULL,
	"updated_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "family_redirects" (
	"department" text NOT NULL,
	"slug" text NOT NULL,
	"family_id" integer NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "job_families" ADD COLUMN "archived_at" timestamp with time zone;--> statement-breakpoint
ALTER TABLE "family_redirects" ADD CONSTRAINT "family_redirects_family_id_job_families_id_fk" FOREIGN KEY ("family_id") REFERENCES "public"."job_families"("id") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "family_redirects_address" ON "family_redirects" USING btree ("department","slug");
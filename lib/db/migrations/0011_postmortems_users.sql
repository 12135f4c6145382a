-- Postmortems (issue 16, item 5) and the team's accounts (disabling). Idempotent: safe to run twice.
ALTER TABLE "desk_users" ADD COLUMN IF NOT EXISTS "disabled_at" timestamp with time zone;
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "desk_postmortems" (
	"incident_slug" text PRIMARY KEY NOT NULL,
	"body" jsonb NOT NULL,
	"published_at" timestamp with time zone,
	"created_by" text NOT NULL,
	"updated_by" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "desk_postmortems_published" ON "desk_postmortems" USING btree ("published_at");

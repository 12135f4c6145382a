-- Announced maintenance windows (issue 16 item 4): an editor's on the desk, or one a company declares on
-- its own status page (read by the statuspage monitor). Hand-written and idempotent.
CREATE TABLE IF NOT EXISTS "maintenance_windows" (
	"id" text PRIMARY KEY NOT NULL,
	"source" text NOT NULL,
	"service_ids" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"announced_at" timestamp with time zone NOT NULL,
	"description" jsonb NOT NULL,
	"source_url" text,
	"created_by" text,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	"cancelled_at" timestamp with time zone
);
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "maintenance_windows_ends" ON "maintenance_windows" USING btree ("ends_at");

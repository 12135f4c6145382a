-- Editors' reviews of what the probes detected (issue 16 item 3): an update, a confirmation, or a dismissal
-- as a false positive with its reason, on a detected incident or a cloud-outage event (both are `incidents`
-- rows of origin 'detected'). Append-only, like the audit log: a later verdict is a new row, never an edit,
-- and a reviewed detection cannot be deleted (the foreign key restricts it). Hand-written and idempotent.
CREATE TABLE IF NOT EXISTS "detection_reviews" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"incident_id" text NOT NULL,
	"kind" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"body" jsonb,
	"author_id" text NOT NULL,
	CONSTRAINT "detection_reviews_kind" CHECK ("kind" IN ('update', 'confirm', 'dismiss')),
	CONSTRAINT "detection_reviews_dismiss_reason" CHECK ("kind" <> 'dismiss' OR ("body" ? 'ar' AND length(trim("body"->>'ar')) > 0))
);
--> statement-breakpoint
DO $$ BEGIN
	ALTER TABLE "detection_reviews" ADD CONSTRAINT "detection_reviews_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE restrict ON UPDATE no action;
EXCEPTION WHEN duplicate_object THEN null;
END $$;
--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "detection_reviews_incident" ON "detection_reviews" USING btree ("incident_id","at");
--> statement-breakpoint
CREATE OR REPLACE FUNCTION "detection_reviews_append_only"() RETURNS trigger LANGUAGE plpgsql AS $$ BEGIN RAISE EXCEPTION 'detection_reviews is append-only'; END; $$;
--> statement-breakpoint
DO $$ BEGIN
	CREATE TRIGGER "detection_reviews_no_change" BEFORE UPDATE OR DELETE ON "detection_reviews" FOR EACH ROW EXECUTE FUNCTION "detection_reviews_append_only"();
EXCEPTION WHEN duplicate_object THEN null;
END $$;

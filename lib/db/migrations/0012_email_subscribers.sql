-- Email subscriptions (issue 17): one row per address and scope, confirmed by a link (double opt-in) whose
-- token is kept only as its SHA-256 and expires; the unsubscribe token is in every message sent. Webhook
-- endpoints registered by a person wait here until the emailed link is clicked. Runs twice harmlessly.
CREATE TABLE IF NOT EXISTS "email_subscribers" (
	"id" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"locale" text NOT NULL,
	"scope" text NOT NULL,
	"confirm_token_hash" text,
	"confirm_expires_at" timestamp with time zone,
	"confirm_sent_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"unsubscribe_token" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "email_subscribers_email_scope" ON "email_subscribers" USING btree ("email","scope");--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "email_subscribers_confirm_token" ON "email_subscribers" USING btree ("confirm_token_hash");--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "email_subscribers_unsubscribe_token" ON "email_subscribers" USING btree ("unsubscribe_token");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "email_subscribers_scope" ON "email_subscribers" USING btree ("scope","confirmed_at");--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "webhook_registrations" (
	"id" text PRIMARY KEY NOT NULL,
	"email" text NOT NULL,
	"locale" text NOT NULL,
	"url" text NOT NULL,
	"confirm_token_hash" text NOT NULL,
	"confirm_expires_at" timestamp with time zone NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "webhook_registrations_confirm_token" ON "webhook_registrations" USING btree ("confirm_token_hash");--> statement-breakpoint
ALTER TABLE "webhook_endpoints" ADD COLUMN IF NOT EXISTS "owner_email" text;

-- Written so that running it twice is harmless (IF NOT EXISTS): its journal time was moved after 0005's hand-set
-- one (drizzle applies only migrations newer than the newest applied), and a database that had applied it
-- under its first time will meet it again.
CREATE TABLE IF NOT EXISTS "notification_outbox" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"change_key" text NOT NULL,
	"channel" text NOT NULL,
	"target" text NOT NULL,
	"subject_id" text NOT NULL,
	"event_type" text NOT NULL,
	"payload" jsonb NOT NULL,
	"state" text DEFAULT 'pending' NOT NULL,
	"attempts" integer DEFAULT 0 NOT NULL,
	"created_at" timestamp with time zone NOT NULL,
	"next_attempt_at" timestamp with time zone NOT NULL,
	"lease_until" timestamp with time zone,
	"delivered_at" timestamp with time zone,
	"last_error" text
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "telegram_posts" (
	"subject_id" text NOT NULL,
	"chat_id" text NOT NULL,
	"message_id" integer NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "telegram_posts_subject_id_chat_id_pk" PRIMARY KEY("subject_id","chat_id")
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "webhook_endpoints" (
	"id" text PRIMARY KEY NOT NULL,
	"url" text NOT NULL,
	"secrets" text[] NOT NULL,
	"enabled" boolean DEFAULT true NOT NULL,
	"disabled_reason" text,
	"failing_since" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE UNIQUE INDEX IF NOT EXISTS "notification_outbox_once" ON "notification_outbox" USING btree ("change_key","channel","target");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "notification_outbox_due" ON "notification_outbox" USING btree ("state","next_attempt_at");--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "notification_outbox_order" ON "notification_outbox" USING btree ("subject_id","channel","target","id");
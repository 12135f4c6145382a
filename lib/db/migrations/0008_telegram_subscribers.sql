-- Runs twice harmlessly (IF NOT EXISTS, the constraint added once), like 0006.
CREATE TABLE IF NOT EXISTS "telegram_subscribers" (
	"chat_id" text PRIMARY KEY NOT NULL,
	"locale" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE IF NOT EXISTS "telegram_subscriptions" (
	"chat_id" text NOT NULL,
	"scope" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "telegram_subscriptions_chat_id_scope_pk" PRIMARY KEY("chat_id","scope")
);
--> statement-breakpoint
DO $$ BEGIN
 ALTER TABLE "telegram_subscriptions" ADD CONSTRAINT "telegram_subscriptions_chat_id_telegram_subscribers_chat_id_fk" FOREIGN KEY ("chat_id") REFERENCES "public"."telegram_subscribers"("chat_id") ON DELETE cascade ON UPDATE no action;
EXCEPTION WHEN duplicate_object THEN NULL;
END $$;--> statement-breakpoint
CREATE INDEX IF NOT EXISTS "telegram_subscriptions_scope" ON "telegram_subscriptions" USING btree ("scope");
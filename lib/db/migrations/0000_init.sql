CREATE TYPE "public"."confidence" AS ENUM('high', 'medium', 'low');--> statement-breakpoint
CREATE TYPE "public"."outcome" AS ENUM('up', 'degraded', 'down', 'ineligible');--> statement-breakpoint
CREATE TYPE "public"."provenance" AS ENUM('measured', 'reported', 'reconstructed');--> statement-breakpoint
CREATE TYPE "public"."reason" AS ENUM('timeout', 'connect_refused', 'dns', 'tls', 'http_status', 'rate_limited', 'blocked', 'invalid_response', 'rpc_error', 'stale_head', 'lagging', 'not_finalizing', 'wrong_chain', 'clock_skew', 'trading_halted', 'reported_incident', 'vantage_impaired', 'not_monitored', 'no_data');--> statement-breakpoint
CREATE TYPE "public"."status" AS ENUM('operational', 'degraded', 'partial_outage', 'major_outage', 'maintenance', 'unknown');--> statement-breakpoint
CREATE TABLE "check_results" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"service_id" text NOT NULL,
	"monitor_id" text NOT NULL,
	"vantage" text NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"latency_ms" integer NOT NULL,
	"outcome" "outcome" NOT NULL,
	"reason" "reason",
	"facts" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incident_event_sources" (
	"event_id" text NOT NULL,
	"url" text NOT NULL,
	"position" integer NOT NULL,
	CONSTRAINT "incident_event_sources_event_id_url_pk" PRIMARY KEY("event_id","url")
);
--> statement-breakpoint
CREATE TABLE "incident_events" (
	"id" text PRIMARY KEY NOT NULL,
	"incident_id" text NOT NULL,
	"position" integer NOT NULL,
	"time_utc" timestamp with time zone,
	"state" text NOT NULL,
	"service_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"provenance" "provenance" NOT NULL,
	"confidence" "confidence" NOT NULL,
	"claim_only" boolean DEFAULT false NOT NULL,
	"summary" jsonb NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "incidents" (
	"id" text PRIMARY KEY NOT NULL,
	"origin" text NOT NULL,
	"provider" text,
	"region" text,
	"title" jsonb NOT NULL,
	"started_at" timestamp with time zone NOT NULL,
	"ended_at" timestamp with time zone,
	"confirmed_at" timestamp with time zone,
	"service_id" text,
	"data" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "rollups" (
	"service_id" text NOT NULL,
	"resolution" text NOT NULL,
	"period_start" timestamp with time zone NOT NULL,
	"period_end" timestamp with time zone NOT NULL,
	"operational_ms" double precision NOT NULL,
	"degraded_ms" double precision NOT NULL,
	"partial_ms" double precision NOT NULL,
	"major_ms" double precision NOT NULL,
	"maintenance_ms" double precision NOT NULL,
	"unknown_ms" double precision NOT NULL,
	"checks" integer NOT NULL,
	"checks_up" integer NOT NULL,
	"checks_degraded" integer NOT NULL,
	"checks_down" integer NOT NULL,
	"checks_ineligible" integer NOT NULL,
	"latency_sum_ms" double precision NOT NULL,
	"latency_count" integer NOT NULL,
	"latency_max_ms" double precision NOT NULL,
	"worst" "status" NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "rollups_service_id_resolution_period_start_pk" PRIMARY KEY("service_id","resolution","period_start")
);
--> statement-breakpoint
CREATE TABLE "service_states" (
	"service_id" text PRIMARY KEY NOT NULL,
	"status" "status" NOT NULL,
	"reason" "reason",
	"since" timestamp with time zone NOT NULL,
	"checked_at" timestamp with time zone NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "sources" (
	"url" text PRIMARY KEY NOT NULL,
	"site_name" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "status_changes" (
	"service_id" text NOT NULL,
	"at" timestamp with time zone NOT NULL,
	"status" "status" NOT NULL,
	"reason" "reason",
	"announced" boolean DEFAULT false NOT NULL,
	CONSTRAINT "status_changes_service_id_at_pk" PRIMARY KEY("service_id","at")
);
--> statement-breakpoint
ALTER TABLE "incident_event_sources" ADD CONSTRAINT "incident_event_sources_event_id_incident_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."incident_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_event_sources" ADD CONSTRAINT "incident_event_sources_url_sources_url_fk" FOREIGN KEY ("url") REFERENCES "public"."sources"("url") ON DELETE no action ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "incident_events" ADD CONSTRAINT "incident_events_incident_id_incidents_id_fk" FOREIGN KEY ("incident_id") REFERENCES "public"."incidents"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "check_results_once" ON "check_results" USING btree ("monitor_id","vantage","started_at");--> statement-breakpoint
CREATE INDEX "check_results_service_time" ON "check_results" USING btree ("service_id","started_at");--> statement-breakpoint
CREATE INDEX "incident_events_incident" ON "incident_events" USING btree ("incident_id","position");--> statement-breakpoint
CREATE INDEX "incidents_started" ON "incidents" USING btree ("started_at");
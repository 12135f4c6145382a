-- Each result stores the probe kind that produced it. Rows written before this migration cannot know
-- theirs: they say 'unrecorded' (and age out with the 14-day raw-results retention). The default is
-- dropped right after, so every new row must name its kind.
ALTER TABLE "check_results" ADD COLUMN "kind" text DEFAULT 'unrecorded' NOT NULL;--> statement-breakpoint
ALTER TABLE "check_results" ALTER COLUMN "kind" DROP DEFAULT;

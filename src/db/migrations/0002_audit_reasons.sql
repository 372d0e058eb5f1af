ALTER TABLE "audit_events" ADD COLUMN "reasons" jsonb;--> statement-breakpoint
ALTER TABLE "audit_events" ADD COLUMN "settings_version" integer;
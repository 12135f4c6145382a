// Atlassian Statuspage v2 shapes as zod schemas (as public Statuspage pages answer them), used to check
// that Marsad's /api/v2 answers are read by Statuspage clients: unit tests and the e2e test share them.
import { z } from 'zod';

const iso = z.string().refine((s) => !Number.isNaN(Date.parse(s)), 'an ISO 8601 time');

export const spPageSchema = z.object({ id: z.string().min(1), name: z.string().min(1), url: z.url(), time_zone: z.string().min(1), updated_at: iso });

export const spComponentSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  status: z.enum(['operational', 'degraded_performance', 'partial_outage', 'major_outage', 'under_maintenance']),
  created_at: iso,
  updated_at: iso,
  position: z.number().int(),
  description: z.string().nullable(),
  showcase: z.boolean(),
  start_date: z.string().nullable(),
  group_id: z.string().nullable(),
  page_id: z.string(),
  group: z.boolean(),
  only_show_if_degraded: z.boolean(),
  components: z.array(z.string()).optional(),
});

export const spIncidentUpdateSchema = z.object({
  id: z.string().min(1),
  status: z.enum(['investigating', 'identified', 'monitoring', 'resolved', 'postmortem']),
  body: z.string(),
  incident_id: z.string(),
  created_at: iso,
  updated_at: iso,
  display_at: iso,
  affected_components: z.array(z.unknown()).nullable(),
});

export const spIncidentSchema = z.object({
  id: z.string().min(1),
  name: z.string().min(1),
  status: z.enum(['investigating', 'identified', 'monitoring', 'resolved', 'postmortem']),
  created_at: iso,
  updated_at: iso,
  monitoring_at: iso.nullable(),
  resolved_at: iso.nullable(),
  impact: z.enum(['none', 'minor', 'major', 'critical', 'maintenance']),
  shortlink: z.string(),
  started_at: iso,
  page_id: z.string(),
  incident_updates: z.array(spIncidentUpdateSchema),
  components: z.array(spComponentSchema),
});

export const spStatusSchema = z.object({ indicator: z.enum(['none', 'minor', 'major', 'critical', 'maintenance']), description: z.string().min(1) });

export const spSummarySchema = z.object({
  page: spPageSchema,
  components: z.array(spComponentSchema),
  incidents: z.array(spIncidentSchema),
  scheduled_maintenances: z.array(z.unknown()),
  status: spStatusSchema,
});

// The webhook payload is what the OpenAPI document says it is: payloads built by lib/notify for a detected
// incident and a cloud-outage event validate against `webhooks.incident` (Ajv, JSON Schema 2020-12).
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { notificationOfIncidentChange } from '@/lib/notify/changes';
import { OPENAPI_DOCUMENT } from '@/lib/open-data/openapi';

const ajv = new Ajv2020({ allErrors: true, strict: false });
addFormats(ajv);
const doc = JSON.parse(JSON.stringify(OPENAPI_DOCUMENT)) as typeof OPENAPI_DOCUMENT;
for (const [name, schema] of Object.entries(doc.components.schemas)) ajv.addSchema(schema as object, `#/components/schemas/${name}`);
const body = (doc.webhooks.incident!.post as { requestBody: { content: { 'application/json': { schema: object } } } }).requestBody.content['application/json'].schema;
const validate = ajv.compile(body);

describe('the webhook payload in the OpenAPI document', () => {
  it('validates a detected incident opening and resolving', () => {
    const incident = { id: 'cloudy-2026-05-07-1210', targetId: 'cloudy', startedAt: Date.UTC(2026, 4, 7, 12, 10), startConfirmedAt: Date.UTC(2026, 4, 7, 12, 11), endedAt: null, endConfirmedAt: null, precisionSec: 30, worstStatus: 'major_outage' as const, reason: 'timeout' as const, reopenCount: 0 };
    const ctx = { title: { ar: 'Cloudy: انقطاع كبير', en: 'Cloudy: major outage' }, status: 'major_outage' as const, since: incident.startedAt, at: incident.startConfirmedAt, origin: 'https://marsad.example' };
    const opened = notificationOfIncidentChange({ type: 'opened', incident, serviceId: 'cloudy' }, ctx).payload;
    const resolved = notificationOfIncidentChange({ type: 'resolved', incident: { ...incident, endedAt: incident.startedAt + 600_000 }, serviceId: 'cloudy' }, { ...ctx, status: 'operational' }).payload;
    for (const payload of [opened, resolved]) expect(validate(JSON.parse(JSON.stringify(payload))), JSON.stringify(validate.errors)).toBe(true);
    expect(validate({ ...opened, extra: 1 })).toBe(false);
    expect(validate({ ...opened, type: 'incident.deleted' })).toBe(false);
  });
});

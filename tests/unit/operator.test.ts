import { describe, expect, it } from 'vitest';
import { readFrontSettings } from '@/lib/front/server/settings';
import { readRuntimeConfig } from '@/lib/engine/runtime-config';
import { operatorSettingsProblem, readOperator } from '@/lib/operator';

describe('the operator settings', () => {
  it('unset: nothing is invented', () => {
    expect(readOperator({})).toEqual({ name: null, email: null });
    expect(readOperator({ MARSAD_OPERATOR_NAME: '  ', MARSAD_CONTACT_EMAIL: '' })).toEqual({ name: null, email: null });
    expect(operatorSettingsProblem({})).toBeNull();
  });

  it('set: the name (any script) and the address, trimmed', () => {
    expect(readOperator({ MARSAD_OPERATOR_NAME: ' غرفة أخبار المثال ', MARSAD_CONTACT_EMAIL: 'corrections@marsad.example' })).toEqual({ name: 'غرفة أخبار المثال', email: 'corrections@marsad.example' });
  });

  it('a malformed value stops the start with a message naming it, and is never shown', () => {
    for (const email of ['not-an-address', 'a@b', 'a b@c.example', '<x@y.example>']) {
      expect(operatorSettingsProblem({ MARSAD_CONTACT_EMAIL: email })).toMatch(/MARSAD_CONTACT_EMAIL/);
    }
    expect(operatorSettingsProblem({ MARSAD_OPERATOR_NAME: 'x'.repeat(121) })).toMatch(/MARSAD_OPERATOR_NAME/);
    expect(operatorSettingsProblem({ MARSAD_OPERATOR_NAME: 'Evil\u202eCorp' })).toMatch(/MARSAD_OPERATOR_NAME/);
    expect(() => readFrontSettings({ MARSAD_CONTACT_EMAIL: 'nope' })).toThrow(/MARSAD_CONTACT_EMAIL/);
    expect(() => readRuntimeConfig({ MARSAD_OPERATOR_NAME: '<script>' })).toThrow(/MARSAD_OPERATOR_NAME/);
    expect(readOperator({ MARSAD_OPERATOR_NAME: 'Marsad newsroom', MARSAD_CONTACT_EMAIL: 'nope' })).toEqual({ name: 'Marsad newsroom', email: null });
  });
});

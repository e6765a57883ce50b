import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/scenario/json-schema.ts';

describe('scenario/json-schema', () => {
  const schema = scenarioJsonSchema() as { $schema: string; title: string; required?: string[]; properties: Record<string, { description?: string }>; additionalProperties: boolean };

  it('is a titled draft-07 schema, the draft editors support best', () => {
    expect(schema.title).toBe('omsim scenario');
    expect(schema.$schema).toBe('http://json-schema.org/draft-07/schema#');
  });

  it('requires nothing at the top, since every field has a default', () => {
    expect(schema.required ?? []).toEqual([]);
  });

  it('allows extends, which is read before validation', () => {
    expect(schema.properties.extends.description).toContain('builds on');
    expect(schema.additionalProperties).toBe(false);
  });

  it('describes every top-level field', () => {
    for (const [key, property] of Object.entries(schema.properties)) expect(property.description, key).toBeTruthy();
  });
});

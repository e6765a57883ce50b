import { describe, expect, it } from 'vitest';
import { scenarioJsonSchema } from '../../src/scenario/json-schema.ts';
import { omsim } from './support.ts';

describe('cli/commands/schema', () => {
  it('prints the JSON Schema of a scenario file', () => {
    const { status, stdout } = omsim(['schema']);
    expect(status).toBe(0);
    expect(JSON.parse(stdout)).toEqual(scenarioJsonSchema());
  });

  it('explains itself with an example', () => {
    expect(omsim(['schema', '--help']).stdout).toContain('Examples:');
  });
});

/**
 * The published JSON Schema of a scenario file, for editors (the
 * yaml-language-server comment at the top of each bundled scenario points at
 * it) and for other tools. It is the input side of the zod schema: fields
 * with defaults are optional.
 */
import { z } from 'zod';
import { scenarioSchema } from './schema/index.ts';

/** The JSON Schema (draft-07, which editors support best) of a scenario file. */
export function scenarioJsonSchema(): Record<string, unknown> {
  const schema = z.toJSONSchema(scenarioSchema, { io: 'input', target: 'draft-7' }) as Record<string, unknown> & { properties: Record<string, unknown> };
  const { $schema, ...rest } = schema;
  return {
    $schema,
    title: 'omsim scenario',
    description:
      'A scenario for omsim, the simulation of offender management in the prisons of England and Wales. Every field is optional: what is left out takes its default.',
    ...rest,
    // `extends` is read before validation and never reaches the zod schema, but a file may hold it.
    properties: {
      extends: { type: 'string', description: 'a scenario file this one builds on (a path relative to this file); only what differs need be written' },
      ...rest.properties,
    },
  };
}

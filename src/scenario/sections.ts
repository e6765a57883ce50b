/** Top-level sections of scenario data, each validated on its own. */
import { type Scenario, scenarioSchema } from './schema/index.ts';

export type Section = keyof Scenario;

/**
 * The named sections parsed (defaults filled in), or undefined when any of
 * them is invalid. Checks that need only a few sections use this to run even
 * while other parts of the file still have problems.
 */
export function parseSections<S extends Section>(data: Record<string, unknown>, sections: readonly S[]): Pick<Scenario, S> | undefined {
  const out: Partial<Pick<Scenario, S>> = {};
  for (const section of sections) {
    const result = scenarioSchema.shape[section].safeParse(data[section]);
    if (!result.success) return undefined;
    out[section] = result.data as Scenario[S];
  }
  return out as Pick<Scenario, S>;
}

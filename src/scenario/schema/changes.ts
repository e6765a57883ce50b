/**
 * The changes a group of establishments makes to the scenario's
 * establishment or population: the same fields, each optional, with no
 * defaults.
 *
 * Why not zod's `.partial()`: in zod 4 a field that has a default keeps it
 * under `.partial()`, so a group writing only `population: { size: 660 }`
 * would come out with every other population field at its default, and
 * those would replace the scenario's own values for that group.
 */
import { z } from 'zod';

/** The schema with its default (or prefault) removed, if it has one. */
function withoutDefault(field: z.ZodType): z.ZodType {
  const def = (field as unknown as { _zod: { def: { type: string; innerType?: z.ZodType } } })._zod.def;
  return (def.type === 'default' || def.type === 'prefault') && def.innerType ? def.innerType : field;
}

/** Each field of an object schema optional and without a default; unknown keys are still refused. */
export function changesTo<Shape extends z.ZodRawShape>(schema: z.ZodObject<Shape>): z.ZodType<Partial<z.output<z.ZodObject<Shape>>>, Partial<z.input<z.ZodObject<Shape>>>> {
  const shape = Object.fromEntries(
    Object.entries(schema.shape).map(([key, field]) => {
      const inner = withoutDefault(field as z.ZodType);
      const description = (field as z.ZodType).description ?? inner.description;
      const optional = inner.optional();
      return [key, description ? optional.describe(description) : optional];
    }),
  );
  return z.object(shape).strict() as unknown as z.ZodType<Partial<z.output<z.ZodObject<Shape>>>, Partial<z.input<z.ZodObject<Shape>>>>;
}

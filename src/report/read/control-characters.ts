/**
 * Control characters in a results file read back. omsim never writes one (a
 * scenario holding one is refused when it is loaded), so one there means
 * the file was edited; a name holding an escape code or a NUL would break
 * the SVG and PNG charts drawn from it, so it is refused by its field.
 */
import { fieldText, type FieldProblem } from '../../experiment/schema-problems.ts';
import { controlCharacterIn } from '../../scenario/text-and-lists.ts';

/** The first key or text in `data` that holds a control character, as a field problem; undefined when there is none. */
export function controlCharacterField(data: unknown): FieldProblem | undefined {
  // Walked without recursion, so that no nesting can overflow the stack.
  const stack: { value: unknown; path: (string | number)[] }[] = [{ value: data, path: [] }];
  while (stack.length > 0) {
    const { value, path } = stack.pop()!;
    if (typeof value === 'string') {
      const found = controlCharacterIn(value);
      if (found) return { field: fieldText(path), problem: `holds a control character (${found}), which omsim never writes` };
    } else if (Array.isArray(value)) {
      for (let i = value.length - 1; i >= 0; i--) stack.push({ value: value[i], path: [...path, i] });
    } else if (typeof value === 'object' && value !== null) {
      for (const [key, item] of Object.entries(value).reverse()) {
        const found = controlCharacterIn(key);
        if (found) return { field: fieldText(path), problem: `holds a key with a control character (${found}), which omsim never writes` };
        stack.push({ value: item, path: [...path, key] });
      }
    }
  }
  return undefined;
}

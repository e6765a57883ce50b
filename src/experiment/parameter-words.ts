/** A scenario parameter searched or varied, in words for a headline or an axis: "number of offender supervisors" for staff.offenderSupervisors.count. */
import { placeholderWords } from './metric-catalogue.ts';

const staffPath = /^staff\.(\w+)\.(count|scale)$/;

/** The words for a parameter's path, or the path itself where there are none. */
export function parameterWords(path: string): string {
  const match = staffPath.exec(path);
  const group = match === null ? undefined : (placeholderWords.group as Record<string, string>)[match[1]];
  if (match === null || group === undefined) return path;
  return match[2] === 'count' ? `number of ${group}` : `multiplier of the ${group}’ numbers`;
}

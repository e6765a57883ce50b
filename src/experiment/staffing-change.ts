/** The change in staff between two scenarios, stated exactly: "12 → 11 offender supervisors, 8.3% fewer". */
import { staffGroups, type Scenario } from '../scenario/schema/index.ts';
import { placeholderWords } from './metric-catalogue.ts';
import { headCount } from './scenario-differences.ts';

/** "12 → 11 offender supervisors, 8.3% fewer"; "0 → 2 probation service officers" (no per cent of none). */
export function headCountChange(group: string, from: number, to: number): string {
  const words = (placeholderWords.group as Record<string, string>)[group] ?? group;
  const change = `${from} → ${to} ${words}`;
  if (from === 0 || from === to) return change;
  const percent = (Math.abs(to - from) / from) * 100;
  return `${change}, ${Number(percent.toFixed(1))}% ${to < from ? 'fewer' : 'more'}`;
}

/** Each staff group whose head count differs between the scenarios, stated exactly. */
export function staffingChanges(from: Scenario, to: Scenario): string[] {
  return staffGroups.flatMap((group) => {
    const [a, b] = [headCount(from, group), headCount(to, group)];
    return a === b ? [] : [headCountChange(group, a, b)];
  });
}

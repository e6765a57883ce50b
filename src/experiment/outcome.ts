/**
 * What a finished study hands to the writers of its folder: its summary file
 * and its records, by kind. One machine and a merge of shards both end here,
 * which is why their folders are the same byte for byte.
 */
import { compareStudies } from './compare.ts';
import type { ComparisonDesign, RunDesign, SensitivityDesign, StudyDesign, SweepDesign, UnitRecords } from './design.ts';
import type { ComparisonFile, SensitivityFile, SweepFile } from './formats.ts';
import { summariseSensitivity } from './sensitivity/summary.ts';
import { summariseStudy, type StudySummary } from './summary.ts';
import { summariseSweep } from './sweep-summary.ts';

export type StudyOutcome =
  | { kind: 'run'; design: RunDesign; summary: StudySummary; records: UnitRecords }
  | { kind: 'comparison'; design: ComparisonDesign; comparison: ComparisonFile; records: UnitRecords }
  | { kind: 'sweep'; design: SweepDesign; sweep: SweepFile; records: UnitRecords }
  | { kind: 'sensitivity'; design: SensitivityDesign; sensitivity: SensitivityFile; records: UnitRecords };

/** Summarises a study's records as its kind requires. */
export function outcomeOf(design: StudyDesign, records: UnitRecords, version: string): StudyOutcome {
  switch (design.kind) {
    case 'run':
      return { kind: 'run', design, records, summary: summariseStudy(design.scenario, records[0], version) };
    case 'comparison':
      return { kind: 'comparison', design, records, comparison: compareStudies(design, records, version) };
    case 'sweep':
      return { kind: 'sweep', design, records, sweep: summariseSweep(design, records, version) };
    case 'sensitivity':
      return { kind: 'sensitivity', design, records, sensitivity: summariseSensitivity(design, records, version) };
  }
}

/**
 * The files of a finished study's folder, for every kind: a run's files; a
 * comparison's comparison.json and comparison.csv with each scenario's run
 * files in a subfolder; a sweep's sweep.json, sweep.csv,
 * sweep-replications.csv and scenario.yaml; a sensitivity analysis's
 * sensitivity.json, its tables and scenario.yaml (formats in
 * src/experiment/formats.ts). Writing from the outcome alone is what makes
 * one machine's folder and a merge of shards the same, byte for byte.
 */
import { comparisonHeader, comparisonRows } from '../experiment/compare.ts';
import type { StudyOutcome } from '../experiment/outcome.ts';
import { sweepHeader, sweepReplicationHeader, sweepReplicationRows, sweepRows } from '../experiment/sweep-summary.ts';
import { designHeader, designRows, indexHeader, indexRows, runHeader, runRows } from '../experiment/sensitivity/summary.ts';
import { serialiseScenario } from '../scenario/serialise.ts';
import { csvLines, toCsv } from './csv.ts';
import { toJson } from './json.ts';
import type { StagedFolder } from './output-folder.ts';
import { dataDictionary, runFiles, writeRunOutput } from './write-run.ts';

/** Somewhere files are written, by path relative to the folder's root. */
export type FileSink = Pick<StagedFolder, 'write'>;

/** File names of a comparison's and a sweep's folders (a run's are in write-run.ts). */
export const outputFiles = {
  comparison: 'comparison.json',
  comparisonTable: 'comparison.csv',
  sweep: 'sweep.json',
  sweepTable: 'sweep.csv',
  sweepReplications: 'sweep-replications.csv',
  sensitivity: 'sensitivity.json',
  sensitivityTable: 'sensitivity.csv',
  sensitivityRuns: 'sensitivity-runs.csv',
  sensitivityDesign: 'design.csv',
  scenario: runFiles.scenario,
} as const;

/** Writes every file of the study's folder into `folder` (not yet committed). */
export function writeStudyOutput(folder: FileSink, outcome: StudyOutcome): void {
  switch (outcome.kind) {
    case 'run':
      return writeRunOutput(folder, outcome.summary, outcome.records[0], serialiseScenario(outcome.design.scenario));
    case 'comparison':
      return writeComparisonOutput(folder, outcome);
    case 'sweep':
      return writeSweepOutput(folder, outcome);
    case 'sensitivity':
      return writeSensitivityOutput(folder, outcome);
  }
}

function writeComparisonOutput(folder: FileSink, outcome: Extract<StudyOutcome, { kind: 'comparison' }>): void {
  const { comparison, records, design } = outcome;
  comparison.scenarios.forEach((entry, i) => {
    const sub = within(folder, entry.folder);
    writeRunOutput(sub, entry.summary, records[i], serialiseScenario(design.scenarios[i]));
  });
  folder.write(outputFiles.comparison, toJson(comparison));
  folder.write(outputFiles.comparisonTable, toCsv(comparisonHeader, comparisonRows(comparison)));
  folder.write(runFiles.dictionary, dataDictionary(Object.keys(comparison.metrics)));
}

function writeSweepOutput(folder: FileSink, outcome: Extract<StudyOutcome, { kind: 'sweep' }>): void {
  const { sweep, design, records } = outcome;
  folder.write(outputFiles.scenario, serialiseScenario(design.scenario));
  folder.write(outputFiles.sweep, toJson(sweep));
  folder.write(outputFiles.sweepTable, toCsv(sweepHeader(sweep.parameters), sweepRows(sweep)));
  folder.write(outputFiles.sweepReplications, csvLines(sweepReplicationHeader(design.parameters), sweepReplicationRows(design, records)));
  folder.write(runFiles.dictionary, dataDictionary(new Set(sweep.points.flatMap((p) => Object.keys(p.metrics)))));
}

function writeSensitivityOutput(folder: FileSink, outcome: Extract<StudyOutcome, { kind: 'sensitivity' }>): void {
  const { sensitivity, design, records } = outcome;
  folder.write(outputFiles.scenario, serialiseScenario(design.scenario));
  folder.write(outputFiles.sensitivity, toJson(sensitivity));
  folder.write(outputFiles.sensitivityTable, toCsv(indexHeader, indexRows(sensitivity)));
  folder.write(outputFiles.sensitivityRuns, csvLines(runHeader, runRows(design, records)));
  folder.write(outputFiles.sensitivityDesign, toCsv(designHeader(design), designRows(design)));
  folder.write(runFiles.dictionary, dataDictionary(design.metrics));
}

/** A sink writing into a subfolder of another. */
function within(folder: FileSink, subfolder: string): FileSink {
  return { write: (path, content) => folder.write(`${subfolder}/${path}`, content) };
}

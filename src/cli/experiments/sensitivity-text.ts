/** What `omsim sensitivity` (and `omsim merge` of its shards) prints when it finishes: the design, the headline, and where the results are. */
import type { SensitivityFile } from '../../experiment/formats.ts';
import { designWords, sensitivityHeadline } from '../../report/sensitivity-words.ts';

export function sensitivityText(file: SensitivityFile, folder: string): string {
  return [`sensitivity of “${file.scenario.name}”: ${designWords(file)}; common random numbers (seed ${file.scenario.seed})`, '', ...sensitivityHeadline(file), '', `results: ${folder} (report.html; the indices in sensitivity.csv)`].join('\n');
}

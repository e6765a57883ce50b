/** `omsim metrics`: the names of every metric every run reports, from the catalogue alone, for --target, --metrics, sweeps and the results files, with the catalogue's words for each. */
import type { Argv, CommandModule } from 'yargs';
import { definitionOf, labelOf, rangeOf, summaryMetricNames } from '../../experiment/metric-catalogue.ts';
import { toJson } from '../../report/json.ts';
import { metricsMarkdown } from '../../report/metrics-doc.ts';
import { quietOnClosedPipe } from '../stdout.ts';

interface MetricsArgs {
  json: boolean;
  markdown: boolean;
}

/** One metric as `omsim metrics --json` lists it: the catalogue's entry for the name, the range's open end as null. */
export function metricEntry(name: string) {
  const definition = definitionOf(name);
  const [low, high] = rangeOf(name) ?? [null, null];
  return {
    name,
    label: labelOf(name),
    unit: definition?.unit ?? null,
    kind: definition?.kind ?? null,
    range: [low, high === Infinity ? null : high],
    better: definition?.better ?? null,
    definition: definition?.definition ?? null,
    weekly: definition === undefined ? null : definition.weekly === 'stock' ? 'stock' : 'flow',
    family: definition?.family ?? null,
  };
}

export const metricsCommand: CommandModule<object, MetricsArgs> = {
  command: 'metrics',
  describe: 'List the metrics every run reports, by the names summary.json, the CSVs and --target use',
  builder: (y: Argv) =>
    y
      .option('json', { type: 'boolean', default: false, describe: 'print each metric as JSON: name, label, unit, kind, range, better side, definition' })
      .option('markdown', { type: 'boolean', default: false, describe: 'print the whole catalogue, every family of names, as the page docs/metrics.md (npm run metrics-doc)' })
      .example('$0 metrics', 'every metric, the same for every scenario')
      .example('$0 metrics | grep parole', 'the names to use in --target "reports.parole.onTimeShare>=95%"')
      .example('$0 metrics --json', 'the catalogue’s entry for each, for other tools') as unknown as Argv<MetricsArgs>,
  handler: (args) => {
    quietOnClosedPipe();
    if (args.markdown) {
      process.stdout.write(metricsMarkdown());
      return;
    }
    const names = summaryMetricNames;
    if (args.json) {
      process.stdout.write(toJson(names.map(metricEntry)));
      return;
    }
    const width = Math.max(...names.map((n) => n.length));
    for (const name of names) {
      const definition = definitionOf(name);
      const share = definition?.kind === 'share' ? '; --target takes 95%' : '';
      process.stdout.write(`${name.padEnd(width)}  ${labelOf(name)}: ${definition?.definition ?? ''} (${definition?.unit ?? 'no unit'}${share})\n`);
    }
  },
};

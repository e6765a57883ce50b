/** `omsim metrics`: the names of every metric a run reports, for --target, sweeps and the results files. */
import type { Argv, CommandModule } from 'yargs';
import { probeMetricNames } from '../../experiment/plan-study.ts';
import { definitionOf } from '../../experiment/metric-catalogue.ts';
import { metricWords } from '../../report/metrics.ts';
import { formatWarnings, loadScenario } from '../../scenario/index.ts';
import { quietOnClosedPipe } from '../stdout.ts';

interface MetricsArgs {
  scenario: string;
}

export const metricsCommand: CommandModule<object, MetricsArgs> = {
  command: 'metrics [scenario]',
  describe: 'List the metrics a run reports, by the names summary.json, the CSVs and --target use',
  builder: (y: Argv) =>
    y
      .positional('scenario', { type: 'string', default: 'scenarios/baseline.yaml', describe: 'the scenario whose metrics to list (some depend on its staff groups and tiers)' })
      .example('$0 metrics', 'the metrics of the baseline')
      .example('$0 metrics | grep parole', 'the names to use in --target "reports.parole.onTimeShare>=95%"') as unknown as Argv<MetricsArgs>,
  handler: (args) => {
    quietOnClosedPipe();
    const { scenario, warnings } = loadScenario(args.scenario);
    process.stderr.write(formatWarnings(warnings));
    const names = probeMetricNames(scenario);
    const width = Math.max(...names.map((n) => n.length));
    for (const name of names) {
      const words = metricWords(name);
      const definition = definitionOf(name);
      const unit = definition?.unit ?? (words.share === true ? 'a share, 0 to 1' : words.unit);
      const label = words.label !== name ? `${words.label}: ` : '';
      const share = unit === 'a share, 0 to 1' ? '; --target takes 95%' : '';
      process.stdout.write(`${name.padEnd(width)}  ${label}${definition?.definition ?? ''} (${unit}${share})\n`);
    }
  },
};

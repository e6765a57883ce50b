/** `omsim report <folder>`: redraw a results folder's charts, methods.md and report.html from its saved results, without re-running. */
import type { Argv, CommandModule } from 'yargs';
import { redrawReport } from '../../report/redraw-report.ts';
import { reportFiles } from '../../report/write-report.ts';
import { plural } from '../../report/format.ts';
import { toJson } from '../../report/json.ts';
import { UserError } from '../errors.ts';

interface ReportArgs {
  folder: string;
  width: number;
  height?: number;
  quiet: boolean;
  json: boolean;
}

/** Largest PNG side accepted, in pixels. */
const maxSide = 10_000;

function checkSide(name: string, value: number | undefined): void {
  if (value === undefined) return;
  if (!Number.isInteger(value) || value < 16 || value > maxSide) throw new UserError(`--${name} must be a whole number of pixels from 16 to ${maxSide}; found ${value}`);
}

export const reportCommand: CommandModule<object, ReportArgs> = {
  command: 'report <folder>',
  describe: 'Redraw the charts and report of a results folder (no re-run)',
  builder: (y: Argv) =>
    y
      .positional('folder', { type: 'string', demandOption: true, describe: 'results folder written by omsim run, compare, sweep or plan' })
      .option('width', { type: 'number', default: 1600, describe: 'width of each chart PNG (pixels)' })
      .option('height', { type: 'number', describe: 'height of each chart PNG (pixels); the chart is scaled to fit (default: in proportion)' })
      .option('quiet', { type: 'boolean', default: false, describe: 'print nothing but errors' })
      .option('json', { type: 'boolean', default: false, describe: 'print what was drawn as JSON: the report, its charts and any chart warnings' })
      .example('$0 report output/baseline-2025-01-01-120000', 'redraw that run’s report')
      .example('$0 report output/sweep --width 1200 --height 800', 'PNG charts of exactly 1200 × 800 pixels') as unknown as Argv<ReportArgs>,
  handler: async (args) => {
    checkSide('width', args.width);
    checkSide('height', args.height);
    const result = await redrawReport(args.folder, { png: { width: args.width, ...(args.height === undefined ? {} : { height: args.height }) } });
    for (const warning of result.warnings) process.stderr.write(`omsim: chart warning: ${warning}\n`);
    if (args.json) process.stdout.write(toJson({ folder: args.folder, report: `${args.folder}/${reportFiles.html}`, charts: result.charts, warnings: result.warnings }));
    else if (!args.quiet) process.stdout.write(`report: ${args.folder}/${reportFiles.html} (${plural(result.charts.length, 'chart')}: ${result.charts.join(', ')})\n`);
  },
};

/** `omsim validate`: checks scenario files and reports every problem in them at once; with --assumptions, prints the evidence of every default. */
import type { Argv, CommandModule } from 'yargs';
import { assumptionsMarkdown } from '../../report/assumptions-doc.ts';
import { escapeControlCharacters, formatWarnings, invalidFilesMessage, problemRecord, ScenarioError, validateScenarioFiles } from '../../scenario/index.ts';
import { UserError } from '../errors.ts';
import { repeatable } from '../experiment-options.ts';
import { quietOnClosedPipe } from '../stdout.ts';
import { colourFor, green } from '../colour.ts';

interface ValidateArgs {
  scenario: string[];
  set: string[];
  assumptions: boolean;
  json: boolean;
}

export const validateCommand: CommandModule<object, ValidateArgs> = {
  command: 'validate [scenario..]',
  describe: 'Check scenario files and list every problem found (exit code 2 if any); --assumptions lists where every default comes from',
  builder: (y: Argv) =>
    y
      .positional('scenario', { type: 'string', array: true, describe: 'scenario files (YAML)', default: [] })
      .option('set', repeatable('change one parameter after extends, as path=value (value read as YAML); may be repeated'))
      .option('assumptions', {
        type: 'boolean',
        default: false,
        describe: 'print every default of the schema with its evidence (assumptions with their ranges, published figures with their sources and years), the page docs/assumptions.md (npm run assumptions-doc)',
      })
      .option('json', {
        type: 'boolean',
        default: false,
        describe: 'print each file’s verdict as JSON on stdout (valid, problems and warnings, each with file, line, column, code, path and message); the exit code is as without it',
      })
      .example('$0 validate scenarios/*.yaml', 'check every bundled scenario')
      .example('$0 validate scenarios/baseline.yaml --set staff.offenderSupervisors.count=24 --set caseload.cap=null', 'check a scenario with two parameters changed')
      .example('$0 validate --assumptions', 'list every assumption with its plausible range, and every published default with its source') as unknown as Argv<ValidateArgs>,
  handler: (args) => {
    quietOnClosedPipe();
    if (args.assumptions) {
      if (args.scenario.length > 0) throw new UserError('--assumptions lists the schema’s defaults and checks no file; give either scenario files or --assumptions');
      process.stdout.write(assumptionsMarkdown());
      return;
    }
    if (args.scenario.length === 0) throw new UserError('validate needs at least one scenario file, as in "omsim validate scenarios/baseline.yaml" (or --assumptions for where the defaults come from)');
    const verdicts = validateScenarioFiles(args.scenario, { overrides: args.set });
    if (args.json) {
      const files = verdicts.map((v) => ({ file: v.file, valid: v.problems.length === 0, problems: v.problems.map(problemRecord), warnings: v.warnings.map(problemRecord) }));
      process.stdout.write(`${JSON.stringify({ files }, null, 2)}\n`);
      if (verdicts.some((v) => v.problems.length > 0)) process.exitCode = 2;
      return;
    }
    const colour = colourFor(process.stdout);
    for (const v of verdicts) {
      if (v.problems.length === 0) process.stdout.write(`${green('ok', colour)} ${escapeControlCharacters(v.file)}\n`);
      process.stderr.write(formatWarnings(v.warnings));
    }
    const failed = verdicts.filter((v) => v.problems.length > 0);
    if (failed.length === 0) return;
    // Every failing file's problems go in one error, so they are all printed before the exit code is set.
    throw new ScenarioError(failed[0].file, failed.flatMap((v) => v.problems), invalidFilesMessage(failed));
  },
};

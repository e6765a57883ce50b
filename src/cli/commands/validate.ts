/** `omsim validate`: checks scenario files and reports every problem in them at once. */
import type { Argv, CommandModule } from 'yargs';
import { escapeControlCharacters, formatWarnings, invalidFilesMessage, ScenarioError, validateScenarioFiles } from '../../scenario/index.ts';
import { repeatable } from '../experiment-options.ts';
import { quietOnClosedPipe } from '../stdout.ts';
import { colourFor, green } from '../colour.ts';

interface ValidateArgs {
  scenario: string[];
  set: string[];
}

export const validateCommand: CommandModule<object, ValidateArgs> = {
  command: 'validate <scenario..>',
  describe: 'Check scenario files and list every problem found (exit code 2 if any)',
  builder: (y: Argv) =>
    y
      .positional('scenario', { type: 'string', array: true, demandOption: true, describe: 'scenario files (YAML)', default: undefined })
      .option('set', repeatable('change one parameter after extends, as path=value (value read as YAML); may be repeated'))
      .example('$0 validate scenarios/*.yaml', 'check every bundled scenario')
      .example('$0 validate scenarios/baseline.yaml --set staff.offenderSupervisors.count=24 --set caseload.cap=null', 'check a scenario with two parameters changed') as unknown as Argv<ValidateArgs>,
  handler: (args) => {
    quietOnClosedPipe();
    const verdicts = validateScenarioFiles(args.scenario, { overrides: args.set });
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

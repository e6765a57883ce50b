/** The omsim command line: wires the command modules to yargs and turns user errors into exit code 2. */
import yargs from 'yargs';
import { hideBin } from 'yargs/helpers';
import { commands } from './commands/index.ts';
import { exitCodeFor, printError, UserError } from './errors.ts';
import { version } from './version.ts';

async function main(argv: string[]): Promise<void> {
  refuseStandardInput(argv);
  const parser = yargs(argv)
    .scriptName('omsim')
    .usage('$0 <command> [options]\n\nDiscrete-event simulation of offender management in prisons.')
    .version(version)
    .strict()
    .demandCommand(1, 'Name a command; see omsim --help.')
    .recommendCommands()
    // `omsim completion >> ~/.bashrc` (or ~/.zshrc) completes commands and options in the shell.
    .completion('completion', 'Print a script that completes omsim commands and options in bash or zsh (add it to ~/.bashrc or ~/.zshrc)')
    .wrap(Math.min(100, process.stdout.columns || 100))
    .fail((message, error, y) => {
      // yargs's own complaints about the options (a missing value, one an option's check refused) come as YError: usage, exit 2.
      if (error && error.name !== 'YError') throw error;
      process.stderr.write(`${y.help() && ''}omsim: ${message ?? error?.message}\nRun omsim --help for usage.\n`);
      process.exit(2);
    });
  for (const command of commands) parser.command(command);
  await parser.parseAsync();
}

/**
 * "-" stands for standard input in many tools, but no omsim command reads it:
 * a scenario's extends and every problem's place are relative to its file,
 * and run, compare and sweep take files. yargs would drop a lone "-" (so
 * `omsim validate -` checked nothing and said nothing), so it is refused here.
 */
function refuseStandardInput(argv: readonly string[]): void {
  const end = argv.indexOf('--');
  if ((end < 0 ? argv : argv.slice(0, end)).includes('-')) {
    throw new UserError('standard input ("-") is read by no omsim command: save the scenario in a file and give its name (a file called - is ./-)');
  }
}

main(hideBin(process.argv)).catch((error: unknown) => {
  printError(error);
  process.exitCode = exitCodeFor(error);
});

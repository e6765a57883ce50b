/** `omsim schema`: prints the JSON Schema of a scenario file. */
import type { Argv, CommandModule } from 'yargs';
import { scenarioJsonSchema } from '../../scenario/index.ts';
import { quietOnClosedPipe } from '../stdout.ts';

export const schemaCommand: CommandModule<object, object> = {
  command: 'schema',
  describe: 'Print the JSON Schema of a scenario file (for editors and other tools)',
  builder: (y: Argv) =>
    y
      .example('$0 schema > scenario.schema.json', 'refresh the schema the bundled scenarios point their editors at')
      .epilog('A scenario file can name the schema in its first line:\n  # yaml-language-server: $schema=../scenario.schema.json'),
  handler: () => {
    quietOnClosedPipe();
    process.stdout.write(`${JSON.stringify(scenarioJsonSchema(), null, 2)}\n`);
  },
};

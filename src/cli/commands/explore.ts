/** `omsim explore`: the what-if explorer, a web page that runs the model, built into a folder or served on this machine. */
import type { Argv, CommandModule } from 'yargs';
import { checkOutputTarget } from '../../report/output-target.ts';
import { buildSite, siteBytes, writeSite } from '../../explorer/site.ts';
import { serveSite } from '../../explorer/serve.ts';
import { UserError } from '../errors.ts';
import { wholeNumber } from '../experiment-options.ts';
import { version } from '../version.ts';

interface ExploreArgs {
  out?: string;
  port: number;
}

export const exploreCommand: CommandModule<object, ExploreArgs> = {
  command: 'explore',
  describe: 'Build the what-if explorer (a web page that runs the model), or serve it on 127.0.0.1',
  builder: (y: Argv) =>
    y
      .option('out', { type: 'string', describe: 'write the page and its scripts into this folder (open index.html in a browser, even from a USB stick)' })
      .option('port', { type: 'string', requiresArg: true, coerce: wholeNumber('--port'), default: 0, describe: 'without --out: the port to serve on (0: any free port)' })
      .example('$0 explore --out output/explorer', 'build the page; then open output/explorer/index.html')
      .example('$0 explore', 'serve the page on 127.0.0.1 and print its address') as unknown as Argv<ExploreArgs>,
  handler: async (args) => {
    if (!Number.isInteger(args.port) || args.port < 0 || args.port > 65_535) throw new UserError(`--port must be a whole number from 0 to 65535; found ${args.port}`);
    if (args.out !== undefined) checkOutputTarget(args.out);
    const site = await buildSite(version);
    const size = `${(siteBytes(site) / 1_000_000).toFixed(1)} MB in ${site.files.size} files`;
    if (args.out !== undefined) {
      writeSite(site, args.out);
      process.stdout.write(`explorer: ${args.out}/index.html (${size}); open it in a browser: it runs offline, with nothing sent anywhere\n`);
      return;
    }
    const { url } = await serveSite(site, args.port);
    process.stdout.write(`explorer: ${url} (${size}), on this machine only; press Ctrl+C to stop\n`);
  },
};

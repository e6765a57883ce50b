/** Whether to colour what the command line prints: only on a terminal, and never when NO_COLOR is set (no-color.org). */

/** Colour for a stream, unless NO_COLOR is set to anything but the empty string. */
export function colourFor(stream: NodeJS.WriteStream, env: NodeJS.ProcessEnv = process.env): boolean {
  const noColour = env.NO_COLOR !== undefined && env.NO_COLOR !== '';
  return !noColour && stream.isTTY === true;
}

/** Text in green when colour is on. */
export function green(text: string, on: boolean): string {
  return on ? `\u001b[32m${text}\u001b[39m` : text;
}

/**
 * Where scenario files come from. On the command line they are files on
 * disk (disk-files.ts); in the explorer they are the bundled scenarios and a
 * file the user chose (src/explorer/app/browser-files.ts). The loader reads
 * every file of an `extends` chain through this, so both give the same
 * problems, in the same words, for the same text.
 */

/** A file's text, or why it could not be read (a file-system code such as ENOENT, or NOT_A_FILE, TOO_LARGE, NOT_UTF8 with the offset of the first bad byte). */
export type ReadResult = { text: string } | { error: string; offset?: number };

/** A file as the chain names it: as shown to the user, and as it is found. */
export interface NamedFile {
  /** The name shown in messages (relative to where the user started). */
  display: string;
  /** The name it is read by. */
  absolute: string;
}

export interface ScenarioFiles {
  /** Reads a file by its `absolute` name (or, for the first file, the name given). */
  read(path: string): ReadResult;
  /** A file's identity for spotting loops (a link and its target are one file). */
  identity(path: string): string;
  /** The file that `from` names in `extends: <reference>`. */
  extended(from: NamedFile, reference: string): NamedFile;
}

/**
 * Reading the tidy CSV tables a study wrote: header row, then records,
 * quoted as src/report/csv.ts writes them. A large table (weekly.csv of a
 * long study) is read from its file in pieces, each row handed on as it
 * ends, so that no one string must hold the whole file.
 */
import { closeSync, readSync } from 'node:fs';
import { StringDecoder } from 'node:string_decoder';
import { unreadableReason } from '../../scenario/messages.ts';
import { openRegularFile } from '../../scenario/regular-file.ts';

/** Bytes read from a file at a time. */
export const readChunkBytes = 1 << 20;

/**
 * A CSV parser fed text in pieces (RFC 4180: quotes, doubled quotes, line
 * breaks inside quotes, CRLF or LF line ends); a piece may end anywhere, even
 * between a quote and the quote that doubles it.
 */
export class CsvRows {
  private row: string[] = [];
  private field = '';
  /** In a quoted field; or just after a quote inside one, which either doubles the next or ends the field. */
  private state: 'plain' | 'quoted' | 'quoteInQuoted' = 'plain';
  /** The last row ended with a carriage return, so a line feed next is part of its line end. */
  private afterCarriageReturn = false;

  constructor(private readonly onRow: (row: string[]) => void) {}

  push(text: string): void {
    let i = 0;
    while (i < text.length) {
      // A whole plain line at the start of a row (almost every line omsim writes) is split at once.
      if (this.state === 'plain' && this.field === '' && this.row.length === 0 && !this.afterCarriageReturn) {
        const end = text.indexOf('\n', i);
        if (end >= 0) {
          const line = text.slice(i, end);
          if (!line.includes('"') && !line.includes('\r')) {
            this.onRow(line.split(','));
            i = end + 1;
            continue;
          }
        }
      }
      this.character(text[i++]);
    }
  }

  /** The end of the text: a last row without a line end is handed on too. */
  end(): void {
    if (this.field !== '' || this.row.length > 0) this.onRow([...this.row, this.field]);
    this.row = [];
    this.field = '';
    this.state = 'plain';
    this.afterCarriageReturn = false;
  }

  private character(c: string): void {
    if (this.afterCarriageReturn) {
      this.afterCarriageReturn = false;
      if (c === '\n') return;
    }
    if (this.state === 'quoted') {
      if (c === '"') this.state = 'quoteInQuoted';
      else this.field += c;
      return;
    }
    if (this.state === 'quoteInQuoted') {
      if (c === '"') {
        this.field += '"';
        this.state = 'quoted';
        return;
      }
      // The quote ended the quoted part; this character is read as any other.
      this.state = 'plain';
    }
    if (c === '"') this.state = 'quoted';
    else if (c === ',') {
      this.row.push(this.field);
      this.field = '';
    } else if (c === '\n' || c === '\r') {
      this.row.push(this.field);
      this.onRow(this.row);
      this.row = [];
      this.field = '';
      this.afterCarriageReturn = c === '\r';
    } else this.field += c;
  }
}

/** Splits CSV text into rows of fields. */
export function parseCsv(text: string): string[][] {
  const rows: string[][] = [];
  const parser = new CsvRows((row) => rows.push(row));
  parser.push(text);
  parser.end();
  return rows;
}

/** Reads a CSV file (UTF-8) in pieces of `chunkBytes`, handing each row to `onRow` as it ends. */
export function readCsvFile(path: string, onRow: (row: string[]) => void, chunkBytes = readChunkBytes): void {
  const parser = new CsvRows(onRow);
  // A character split between two pieces is held back until its last byte is read.
  const decoder = new StringDecoder('utf8');
  const buffer = Buffer.alloc(chunkBytes);
  const opened = openRegularFile(path);
  // A named pipe would block, a device never end: only a regular file is read.
  if ('error' in opened) throw new Error(unreadableReason(opened, Infinity));
  const fd = opened.fd;
  try {
    for (let read = readSync(fd, buffer, 0, chunkBytes, null); read > 0; read = readSync(fd, buffer, 0, chunkBytes, null)) parser.push(decoder.write(buffer.subarray(0, read)));
  } finally {
    closeSync(fd);
  }
  parser.push(decoder.end());
  parser.end();
}

/**
 * Problems with a scenario, as records: what is wrong (a code), at which
 * parameter (a path), where it was written (file, line, column), what was
 * found and what was expected. They carry no words; `messages.ts` turns them
 * into sentences in one place, so every stage reports in the same voice and a
 * test can check a problem without matching its wording.
 */
import type { YamlErrorCode } from './parse.ts';
import type { Era } from './schema/evidence.ts';
import type { SourceId } from './schema/sources.ts';

/** A parameter path: mapping keys and list positions from the top of the scenario. */
export type Path = readonly (string | number)[];

/** Where a value was written: a place in a file, or a `--set` option given on the command line. */
export interface Location {
  file: string;
  /** 1-based; 0 when the problem concerns the whole file or a command-line option. */
  line: number;
  /** 1-based; 0 when there is no line. */
  column: number;
  /** The command-line option (e.g. `--set caseload.cap=x`) when the value came from one. */
  option?: string;
}

/** What a value should have been, in a form `messages.ts` can put into words. */
export type Expectation =
  | { kind: 'number'; whole: boolean; min?: number; max?: number; nullable?: boolean }
  | { kind: 'text'; minLength?: number; maxLength?: number; nullable?: boolean }
  | { kind: 'boolean'; nullable?: boolean }
  | { kind: 'oneOf'; values: readonly unknown[]; nullable?: boolean }
  | { kind: 'list'; minItems?: number; maxItems?: number; exactly?: number; nullable?: boolean }
  | { kind: 'mapping'; nullable?: boolean }
  | { kind: 'distribution'; types: readonly string[] }
  | { kind: 'sum'; total: number }
  | { kind: 'compare'; relation: 'atLeast' | 'atMost'; other: Path; value: number }
  | { kind: 'withinHorizon'; horizonWeeks: number }
  | { kind: 'unique' }
  | { kind: 'limit'; limit: string; max: number }
  | { kind: 'anything' };

/** The kinds of problem, one per way a scenario can be wrong. */
export type ProblemCode =
  // Reading files.
  | 'fileUnreadable'
  | 'fileTooLarge'
  | 'notUtf8'
  | 'yamlSyntax'
  | 'yamlTag'
  | 'multipleDocuments'
  | 'nestedTooDeep'
  | 'noSettings'
  | 'notAMapping'
  | 'notAScenario'
  // `extends`.
  | 'extendsNotText'
  | 'extendsMissing'
  | 'extendsUnreadable'
  | 'extendsCycle'
  | 'extendsTooDeep'
  // `--set`.
  | 'overrideSyntax'
  | 'overrideValue'
  // Paths given as text (`--set`, timeline): naming no parameter, or a list entry that is not there.
  | 'unknownPath'
  | 'noSuchEntry'
  // Values against the schema.
  | 'unknownKey'
  | 'missing'
  | 'wrongType'
  | 'notWhole'
  | 'tooSmall'
  | 'tooBig'
  | 'notOneOf'
  | 'invalid'
  // Values against each other.
  | 'sharesDoNotSum'
  | 'wrongOrder'
  | 'duplicateName'
  // Timeline.
  | 'timelineFixed'
  // The sensitivity section: a path that is no factor, a range backwards, a factor both fixed and given a range.
  | 'notAFactor'
  | 'rangeBackwards'
  | 'fixedAndRanged'
  // Sizes.
  | 'tooLarge'
  | 'tooManyItems'
  // Text.
  | 'controlCharacter'
  // Warnings: valid, but changing nothing, leaving work nobody may do, taking another era's figure, or receiving a sentence the courts no longer passed.
  | 'noEffect'
  | 'nobodyQualified'
  | 'otherEra'
  | 'abolishedSentence';

/** One thing wrong with a scenario. */
export interface Problem extends Location {
  code: ProblemCode;
  path: Path;
  /** The value found, as read (absent when nothing was there). */
  found?: unknown;
  expected?: Expectation;
  /** A close match for a misspelt key or path ("did you mean …?"). */
  suggestion?: string;
  /** The keys allowed where an unknown key was found, when none is close. */
  allowed?: readonly string[];
  /** Files in an `extends` chain, outermost first. */
  chain?: readonly string[];
  /** The timeline change (its position in the list, and its week) whose value this problem is in. */
  change?: { index: number; week: number };
  /** The YAML library's code for a syntax problem, or a file-system error code. */
  detail?: YamlErrorCode | string;
  /** A value of another era: the era the scenario states and its value, and the years and source of the value found. */
  era?: { stated: number; statedValue: unknown; foundEra: Era; source: SourceId };
  /** The value was written in no file or option: it is the schema's default, so it has no place in a file. */
  defaulted?: boolean;
}

/** Where no file position applies: the problem concerns a file as a whole. */
export function wholeFile(file: string): Location {
  return { file, line: 0, column: 0 };
}

/** Problems sorted for reading: file by file in the order first met, then by line and column. */
export function sortProblems(problems: readonly Problem[]): Problem[] {
  const fileOrder = new Map<string, number>();
  for (const p of problems) if (!fileOrder.has(p.file)) fileOrder.set(p.file, fileOrder.size);
  const lineOf = (p: Problem) => (p.line === 0 ? Number.MAX_SAFE_INTEGER : p.line);
  return problems
    .map((p, i) => ({ p, i }))
    .sort(
      (a, b) =>
        fileOrder.get(a.p.file)! - fileOrder.get(b.p.file)! ||
        lineOf(a.p) - lineOf(b.p) ||
        a.p.column - b.p.column ||
        a.i - b.i,
    )
    .map(({ p }) => p);
}

/**
 * Problems with each said once. Two checks can find the same fault (zod
 * finds a count of 1e300 both too large and not a whole number it can hold,
 * and both are the same sentence; the YAML parser can report one fault
 * twice), and a list that repeats itself reads as two faults.
 */
export function withoutRepeats(problems: readonly Problem[]): Problem[] {
  const seen = new Set<string>();
  return problems.filter((p) => {
    const key = JSON.stringify([p.file, p.line, p.column, p.option, p.code, p.path, p.found, p.expected, p.detail, p.change, p.suggestion]);
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}

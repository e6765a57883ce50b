/**
 * Every sentence omsim says about a scenario. Problems arrive as records
 * (`problems.ts`); this module alone turns them into words, e.g.
 * "staff.offenderSupervisors.count must be a whole number from 0 to 100,000;
 * found -3 (baseline.yaml:14:12)".
 */
import { maxExtendsDepth, maxFileBytes } from './extends.ts';
import { maxNestingDepth } from './parse.ts';
import { maxListItems } from './text-and-lists.ts';
import { type LimitName, limitOfField, limits } from './limits.ts';
import type { Expectation, Location, Path, Problem, ProblemCode } from './problems.ts';
import { formatDotted } from './schema-paths.ts';
import { eraWords } from './schema/evidence.ts';
import { sources } from './schema/sources.ts';
import { fixedDuringRun } from './timeline.ts';

// Before any sentence below is built: some are built once, when this module loads.
const numberFormat = new Intl.NumberFormat('en-GB', { maximumFractionDigits: 6 });

/** All problems, one sentence a line. */
export function formatProblems(problems: readonly Problem[]): string {
  return problems.map(describeProblem).join('\n');
}

/** Problems listed for one file; a file with more is almost always one slip repeated, and the rest would only bury the first. */
export const maxProblemsShown = 50;

/** The heading and list a ScenarioError carries as its message: the first maxProblemsShown problems, and how many more there are. */
export function scenarioErrorMessage(file: string, problems: readonly Problem[]): string {
  const count = problems.length === 1 ? '1 problem' : `${formatNumber(problems.length)} problems`;
  const shown = problems.slice(0, maxProblemsShown).map((p) => `  - ${describeProblem(p)}`);
  const more = problems.length - maxProblemsShown;
  if (more > 0) shown.push(`  …and ${formatNumber(more)} more problem${more === 1 ? '' : 's'}`);
  return `${file} is not a valid scenario (${count}):\n${shown.join('\n')}`;
}

/** The report of `omsim validate` on the files that failed: each file's heading and problems. */
export function invalidFilesMessage(verdicts: readonly { file: string; problems: readonly Problem[] }[]): string {
  return verdicts.map((v) => scenarioErrorMessage(v.file, v.problems)).join('\n');
}

/** Warnings (settings with no effect), one line each, ready for standard error; empty when there are none. */
/**
 * A problem as a record for tools (`omsim validate --json`): where it is, its
 * code and dotted path, and the sentence the terminal prints.
 */
export function problemRecord(p: Problem): { file: string; line: number; column: number; code: string; path: string; message: string } {
  return { file: p.file, line: p.line, column: p.column, code: p.code, path: p.path.join('.'), message: describeProblem(p) };
}

export function formatWarnings(warnings: readonly Problem[]): string {
  return warnings.map((w) => `omsim: warning: ${describeProblem(w)}\n`).join('');
}

/**
 * One problem as a sentence ending with where it was written (or, for a
 * default, that it was written nowhere); a control character from the input
 * (in a name, a key, a path) is shown escaped.
 */
/** One problem as a sentence without its place, for a caller that names the place itself (a design file's line). */
export function problemSentence(p: Problem): string {
  return escapeControlCharacters(sentences[p.code](p));
}

export function describeProblem(p: Problem): string {
  const during = p.change ? `, in the timeline change at week ${formatNumber(p.change.week)}` : '';
  const where = p.defaulted ? `the default, not set in ${p.file}` : formatLocation(p);
  return escapeControlCharacters(`${sentences[p.code](p)} (${where}${during})`);
}

/** C0 controls, DEL and C1 controls; line breaks too unless kept. */
const controlCharacters = /[\u0000-\u001F\u007F-\u009F]/g;
const controlCharactersButLineBreaks = /[\u0000-\u0009\u000B-\u001F\u007F-\u009F]/g;

/**
 * `text` with every control character written as \u0000, \u001b…, so that
 * none read from input reaches the terminal as itself: a NUL cuts a line
 * short, and an escape code can recolour or rewrite the screen. With
 * `keepLineBreaks`, line feeds are kept (for a message of several lines).
 */
export function escapeControlCharacters(text: string, options: { keepLineBreaks?: boolean } = {}): string {
  const pattern = options.keepLineBreaks ? controlCharactersButLineBreaks : controlCharacters;
  return text.replace(pattern, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

const what = (p: Problem) => formatPath(p.path);
const mustBe = (p: Problem) => `${what(p)} must be ${describeExpectation(p.expected)}; found ${formatFound(p.found)}`;

const sentences: Record<ProblemCode, (p: Problem) => string> = {
  fileUnreadable: (p) => `cannot read ${p.file}: ${fileError(p.detail)}`,
  fileTooLarge: (p) => `${p.file} is larger than ${formatNumber(maxFileBytes / 1_000_000)} MB; a scenario file is a few kilobytes`,
  notUtf8: (p) => `${p.file} is not UTF-8 text: byte ${formatFound(p.found)} (counting from 0) is not part of a UTF-8 character; save the file as UTF-8`,
  yamlSyntax: (p) => `the YAML cannot be read here: ${yamlError(p.detail)}`,
  multipleDocuments: (p) => `the file holds ${formatFound(p.found)} YAML documents (separated by ---); a scenario is one document`,
  nestedTooDeep: () => `the YAML nests mappings and lists more than ${maxNestingDepth} levels deep; a scenario nests five or six`,
  noSettings: (p) => `${p.file} has no settings: it is empty or holds only comments; write at least a name, or extends: baseline.yaml`,
  notAScenario: (p) =>
    `${p.file} is not a scenario file: ${p.detail ?? 'most'} top-level keys are not scenario parameters, the first on line ${formatNumber(p.line)}; a scenario is a YAML mapping of parameters such as name, population and staff`,
  tooManyItems: (p) => `${what(p)} is a list of ${formatFound(p.found)} entries, more than the ${formatNumber(maxListItems)} any scenario needs`,
  controlCharacter: (p) => `${what(p)} holds a control character (${formatFound(p.found)}); text may hold letters, digits, punctuation, spaces, tabs and line breaks only`,
  yamlTag: (p) => `the YAML tag${p.found ? ` ${p.found}` : ''} has no meaning in a scenario; write plain values`,
  notAMapping: (p) => `${p.file} is not a scenario file: it holds ${p.detail ?? 'something else'}, and a scenario is a mapping of parameter names to values (name: value)`,
  extendsNotText: (p) => `extends must name a scenario file, as in "extends: baseline.yaml"; found ${formatFound(p.found)}`,
  extendsMissing: (p) => `extends names ${p.found}, but there is no file ${p.chain?.at(-1) ?? p.found}`,
  extendsUnreadable: (p) => `extends names ${p.found}, which cannot be read: ${fileError(p.detail)}`,
  extendsCycle: (p) => `extends goes round in a circle: ${(p.chain ?? []).join(' → ')}`,
  extendsTooDeep: (p) => `extends chains more than ${maxExtendsDepth} files (${(p.chain ?? []).join(' → ')}); is that meant?`,
  overrideSyntax: (p) => `--set needs path=value, as in --set staff.offenderSupervisors.count=24; found ${formatFound(p.found)}`,
  overrideValue: (p) => `the value given for ${formatDotted(p.path)} cannot be read as YAML: ${yamlError(p.detail)}`,
  noSuchEntry: (p) => `${formatDotted(p.path)} changes a list entry that is not there: the list has ${formatCount(p.found, 'entry', 'entries')}`,
  unknownPath: (p) => `${formatDotted(p.path)} names no parameter${suggestionOrAllowed(p, (s) => s)}`,
  unknownKey: (p) => `${what(p)} is not a parameter${suggestionOrAllowed(p, (s) => formatPath([...p.path.slice(0, -1), s]))}`,
  missing: (p) => `${what(p)} is missing; it must be ${describeExpectation(p.expected)}`,
  wrongType: mustBe,
  notWhole: mustBe,
  tooSmall: mustBe,
  tooBig: (p) => {
    const limit = limitOfField[formatDotted(p.path)];
    return limit ? `${mustBe(p)}: ${limitReasons[limit]}` : mustBe(p);
  },
  notOneOf: mustBe,
  invalid: (p) => `${what(p)} is not valid; found ${formatFound(p.found)}`,
  sharesDoNotSum: (p) => `the shares in ${what(p)} must add up to 1; they add up to ${formatFound(p.found)}`,
  wrongOrder: mustBe,
  duplicateName: (p) => `${what(p)} repeats the name ${formatFound(p.found)}; each group of establishments needs its own name`,
  timelineFixed: (p) => `${formatDotted(p.path)} cannot change during a run: ${fixedDuringRun.filter((k) => k !== '$schema').join(', ')} are fixed for the whole run`,
  notAFactor: (p) => `${formatDotted(p.path)} is not a factor omsim sensitivity can vary: ${p.detail ?? ''}`,
  rangeBackwards: (p) => `the range of ${formatDotted(p.path)} must be [low, high] with low below high; found [${(p.found as number[]).join(', ')}]`,
  fixedAndRanged: (p) => `${formatDotted(p.path)} is both fixed and given a range in sensitivity; a factor is either held fixed or varied over a range`,
  noEffect: (p) => `${what(p)} is ${formatFound(p.found)} but has no effect here: ${p.detail ?? ''}`,
  nobodyQualified: (p) => {
    const groups = p.found as string[];
    return `${what(p)} names ${groups.join(' and ')}, but no one of ${groups.length === 1 ? 'that group' : 'those groups'} is in post, so ${p.detail ?? ''} will never be written`;
  },
  otherEra: (p) => {
    const era = p.era!;
    const figure = typeof p.found === 'number' ? 'figure' : 'value';
    const years = era.foundEra.to === undefined ? `since ${era.foundEra.from}` : `of ${eraWords(era.foundEra)}`;
    return `${what(p)} is ${formatShortValue(p.found)}, the ${figure} ${years} (${sources[era.source].title}); this scenario states era ${era.stated}, when it was ${formatShortValue(era.statedValue)}`;
  },
  abolishedSentence: (p) => {
    const era = p.era!;
    return `${what(p)} is ${formatShortValue(p.found)}, but courts passed that sentence only until ${era.foundEra.to} (${sources[era.source].title}); this scenario states era ${era.stated}, when they passed none`;
  },
  tooLarge: (p) => {
    const expected = p.expected as Extract<Expectation, { kind: 'limit' }>;
    const over = `over the limit of ${formatNumber(expected.max)}: ${limitReasons[expected.limit as LimitName]}`;
    // From a timeline change: the value it sets is named, as the total is written nowhere.
    if (p.change) return `${formatDotted(p.path)}, as the timeline changes it, makes ${limitSubjects[expected.limit as LimitName]} ${formatFound(p.found)}, ${over}`;
    return `${limitSubjects[expected.limit as LimitName]} is ${formatFound(p.found)}, ${over}`;
  },
};

function suggestionOrAllowed(p: Problem, full: (suggestion: string) => string): string {
  if (p.suggestion !== undefined) return `; did you mean ${full(p.suggestion)}?`;
  if (p.allowed && p.allowed.length > 0) {
    const shown = p.allowed.slice(0, 15).join(', ');
    return `; allowed here: ${shown}${p.allowed.length > 15 ? ', …' : ''}`;
  }
  return '';
}

const limitSubjects: Record<LimitName, string> = {
  totalPopulation: 'the number of people held across all establishments',
  establishments: 'the number of establishments',
  totalStaff: 'the number of staff across all groups and establishments',
  horizonYears: 'the horizon',
  replications: 'the number of replications',
  personYears: 'the work asked for (people held × years × replications, in person-years)',
};

const limitReasons: Record<LimitName, string> = {
  totalPopulation: `England and Wales hold about 88,000 people in custody, so more than ${formatNumber(limits.totalPopulation)} is taken to be a slip`,
  establishments: `England and Wales have about 120 prisons, so more than ${formatNumber(limits.establishments)} is taken to be a slip`,
  totalStaff: `the whole offender-management workforce of England and Wales is a few thousand people, so more than ${formatNumber(limits.totalStaff)} is taken to be a slip`,
  horizonYears: `no policy stays the same for more than ${limits.horizonYears} years, and the model's assumptions would not hold so long`,
  replications: `beyond ${formatNumber(limits.replications)} replications the confidence intervals barely narrow (they shrink with the square root of the number)`,
  personYears: `that is more than the national estate for 25 years with 100 replications, and would take days; use fewer replications or years, or split the study`,
};

/** What a value should be, in words: "a whole number from 0 to 100,000". */
export function describeExpectation(e: Expectation | undefined): string {
  if (!e) return 'something else';
  const orNull = 'nullable' in e && e.nullable ? ' or null' : '';
  switch (e.kind) {
    case 'number':
      return `${e.whole ? 'a whole number' : 'a number'}${range(e.min, e.max)}${orNull}`;
    case 'text':
      return `text${e.minLength !== undefined && e.maxLength !== undefined ? ` of ${formatNumber(e.minLength)} to ${formatNumber(e.maxLength)} characters` : e.maxLength !== undefined ? ` of at most ${formatNumber(e.maxLength)} characters` : e.minLength ? ` of at least ${formatNumber(e.minLength)} characters` : ''}${orNull}`;
    case 'boolean':
      return `true or false${orNull}`;
    case 'oneOf':
      return `one of ${e.values.map((v) => String(v)).join(', ')}${orNull}`;
    case 'list':
      return `a list${listSize(e)}${orNull}`;
    case 'mapping':
      return `a mapping of names to values${orNull}`;
    case 'distribution':
      return `a distribution: a mapping with a type (${e.types.join(', ')}) and its parameters`;
    case 'sum':
      return `shares adding up to ${e.total}`;
    case 'compare':
      return `${e.relation === 'atLeast' ? 'at least' : 'at most'} ${formatPath(e.other)} (${formatNumber(e.value)})`;
    case 'withinHorizon':
      return `shorter than the run (the horizon is ${formatNumber(e.horizonWeeks)} weeks)`;
    case 'unique':
      return 'a name not used before';
    case 'limit':
      return `at most ${formatNumber(e.max)}`;
    case 'anything':
      return 'something else';
  }
}

function range(min: number | undefined, max: number | undefined): string {
  if (min !== undefined && max !== undefined) return ` from ${formatNumber(min)} to ${formatNumber(max)}`;
  if (min !== undefined) return ` ≥ ${formatNumber(min)}`;
  if (max !== undefined) return ` ≤ ${formatNumber(max)}`;
  return '';
}

function listSize(e: Extract<Expectation, { kind: 'list' }>): string {
  if (e.exactly !== undefined) return ` of exactly ${formatCount(e.exactly, 'entry', 'entries')}`;
  if (e.minItems !== undefined && e.maxItems !== undefined) return ` of ${formatNumber(e.minItems)} to ${formatCount(e.maxItems, 'entry', 'entries')}`;
  if (e.minItems) return ` of at least ${formatCount(e.minItems, 'entry', 'entries')}`;
  if (e.maxItems !== undefined) return ` of at most ${formatCount(e.maxItems, 'entry', 'entries')}`;
  return '';
}

/** A parameter path as shown to people: staff.offenderSupervisors.count, estate[0].name, timeline[2].set["caseload.cap"]. */
export function formatPath(path: Path): string {
  if (path.length === 0) return 'the scenario';
  return path
    .map((segment, i) => {
      if (typeof segment === 'number') return `[${segment}]`;
      if (/^[A-Za-z_$][\w$]*$/.test(segment)) return i === 0 ? segment : `.${segment}`;
      return `[${JSON.stringify(segment)}]`;
    })
    .join('');
}

/** A value found in a file, short enough for one line. */
export function formatFound(value: unknown): string {
  if (value === undefined) return 'nothing';
  if (value === null) return 'null';
  if (typeof value === 'number') {
    if (!Number.isFinite(value)) return Number.isNaN(value) ? 'not-a-number (.nan)' : value > 0 ? 'infinity (.inf)' : 'minus infinity (-.inf)';
    // Past a thousand million million, digits by the hundred say less than the power of ten: 1.5e+300.
    return Math.abs(value) >= 1e15 ? value.toExponential().replace(/(\.\d{6})\d+e/, '$1e') : formatNumber(value);
  }
  if (typeof value === 'string') return JSON.stringify(value.length > 60 ? `${value.slice(0, 57)}…` : value);
  if (typeof value === 'boolean') return String(value);
  if (Array.isArray(value)) return value.length === 0 ? 'an empty list' : `a list of ${formatCount(value.length, 'entry', 'entries')}`;
  if (typeof value === 'object') return Object.keys(value).length === 0 ? 'an empty mapping' : 'a mapping';
  return String(value);
}

/** A value as YAML's flow style writes it when that is short ("[{ sentence: [determinate, ipp, life] }]"), else as formatFound words it. */
function formatShortValue(value: unknown): string {
  if (typeof value !== 'object' || value === null) return formatFound(value);
  const flow = flowStyle(value);
  return flow.length <= 72 ? flow : formatFound(value);
}

function flowStyle(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(flowStyle).join(', ')}]`;
  if (typeof value === 'object' && value !== null) return `{ ${Object.entries(value).map(([k, v]) => `${k}: ${flowStyle(v)}`).join(', ')} }`;
  return typeof value === 'number' ? formatNumber(value) : String(value);
}

/** Where a problem was written: file:line:column, the file alone, or the command-line option. */
export function formatLocation(at: Location): string {
  if (at.option) return at.option;
  if (at.line === 0) return at.file;
  return `${at.file}:${at.line}:${at.column}`;
}

/** A number with thousands separators and at most six decimals: 100,000; 0.35. */
export function formatNumber(n: number): string {
  return numberFormat.format(n);
}

function formatCount(n: unknown, one: string, many: string): string {
  return typeof n === 'number' ? `${formatNumber(n)} ${n === 1 ? one : many}` : String(n);
}

function fileError(code: string | undefined): string {
  return code === undefined ? 'the system reported an error' : unreadableReason({ error: code });
}

/**
 * Why a file could not be read (an error of regular-file.ts's readers), in
 * words; `maxBytes` is the limit it was read with. Every layer that reads
 * files says it in these words.
 */
export function unreadableReason(read: { error: string; offset?: number }, maxBytes: number = maxFileBytes): string {
  const words: Record<string, string> = {
    ENOENT: 'no such file',
    EISDIR: 'it is a folder, not a file',
    EACCES: 'permission denied',
    EPERM: 'permission denied',
    ENOTDIR: 'a folder on its path is a file',
    ELOOP: 'its links go round in a circle',
    ENAMETOOLONG: 'the name is too long',
    ERR_INVALID_ARG_VALUE: 'the name is not one a file can have (it holds a NUL character)',
    TOO_LARGE: `it is larger than ${formatBytes(maxBytes)}`,
    NOT_A_FILE: 'it is not a regular file (a device, a named pipe or a socket)',
    NOT_UTF8: read.offset === undefined ? 'it is not UTF-8 text' : `it is not UTF-8 text (byte ${formatNumber(read.offset)}, counting from 0, is not part of a UTF-8 character)`,
  };
  return words[read.error] ?? `the system reported ${read.error}`;
}

/** A size in bytes as a limit is stated: 5 MB, 500 MB, or 2,000 bytes below a megabyte. */
function formatBytes(bytes: number): string {
  return bytes >= 1_000_000 ? `${formatNumber(bytes / 1_000_000)} MB` : `${formatNumber(bytes)} bytes`;
}

function yamlError(code: string | undefined): string {
  const words: Record<string, string> = {
    DUPLICATE_KEY: 'a key appears twice in the same mapping',
    BAD_INDENT: 'the indentation is wrong (use spaces, and line up keys of the same mapping)',
    TAB_AS_INDENT: 'a tab is used for indentation; use spaces',
    MISSING_CHAR: 'a closing quote or bracket is missing',
    MULTILINE_IMPLICIT_KEY: 'a key runs over more than one line (is a colon missing?)',
    BLOCK_AS_IMPLICIT_KEY: 'a key runs over more than one line (is a colon missing?)',
    UNEXPECTED_TOKEN: 'a character is out of place',
    BAD_SCALAR_START: 'a value starts with a character that needs quotes around the value',
    MULTIPLE_DOCS: 'the file holds more than one YAML document (---); a scenario is one document',
    BLOCK_IN_FLOW: 'an indented list or mapping cannot sit inside [ ] or { }',
    BAD_DQ_ESCAPE: 'a backslash escape in double quotes is not valid',
    KEY_OVER_1024_CHARS: 'a key is longer than 1,024 characters',
    MULTIPLE_ANCHORS: 'a value has two anchors (&name)',
    MULTIPLE_TAGS: 'a value has two tags (!tag)',
    BAD_ALIAS: 'an alias (*name) is not valid here',
    ALIAS_PROPS: 'an alias (*name) cannot have an anchor or tag',
    BAD_DIRECTIVE: 'a % directive is not valid',
    BAD_PROP_ORDER: 'an anchor or tag is out of place',
    BAD_COLLECTION_TYPE: 'a list or mapping is not valid here',
    NON_STRING_KEY: 'a key must be a name',
    ALIAS_UNRESOLVED: 'an alias (*name) refers to no anchor (&name) before it',
    RESOURCE_EXHAUSTION: 'aliases expand to too much data',
    COLLECTION_KEY: 'a key is a list or mapping; keys must be plain names',
  };
  return (code && words[code]) ?? 'the text is not valid YAML';
}

/** The comment at the top of a scenario saved beside a run's results. */
export const savedScenarioHeader = [
  'The scenario exactly as run: every parameter, with defaults filled in.',
  'Run it again to reproduce the results; it needs no other file.',
].join('\n');

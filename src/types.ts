/**
 * Core types shared by the engine, detectors, sources and reporters.
 * DESIGN.md §2 is the source of truth for the detector shape; CONTRACT.md for the report shape.
 */

export const SENSITIVITIES = ['public', 'internal', 'confidential', 'restricted'] as const;
export type Sensitivity = (typeof SENSITIVITIES)[number];

export const CATEGORIES = [
  'contact',
  'government_id',
  'financial',
  'credential',
  'health',
  'biometric',
  'demographic',
  'location',
  'online_id',
  'person',
  'secret',
] as const;
export type Category = (typeof CATEGORIES)[number];

/** Outcome of a detector's validator. `invalid` drops the candidate; `valid` raises its confidence. */
export type Verdict = 'valid' | 'invalid' | 'unknown';

export interface DetectorPattern {
  /** Short stable name, reported in `evidence.pattern`. */
  name: string;
  /** RE2 syntax. Never use `\s` (it crosses lines); use `[ \t]`. Keep repetitions bounded. */
  regex: string;
  /** Base confidence in 0..1 before validation and context. */
  score: number;
  /** Capture group holding the value (default: the whole match). Costs speed: prefer `guard`. */
  group?: number;
  /**
   * A left boundary checked by the engine on the byte before the match (RE2 has no lookbehind):
   * `number` refuses a preceding letter, digit, `_ . + $ -`; `spaced-number` also a space after a digit;
   * `code` (letter codes such as BICs) also `/` and `=`, as inside base64, bcrypt and paths.
   */
  /**
   * Runs only on table cells and database values, never on running text: a whole-value shape that only a
   * column (its header opening the detector's gate) can vouch for — `SMITH, JOHN` under `Name`.
   */
  cellOnly?: boolean;
  /**
   * The match carries its own evidence, so the detector's keyword gate and `requireContext` do not apply to
   * this pattern: a person's profile line (`王建国，男，汉族，1965年生`, `a 45-year-old Hispanic male`) says
   * whose value it is as plainly as a label would. Such a pattern runs in the prefilter Set like an ungated one.
   */
  selfContained?: boolean;
  /**
   * A candidate of this pattern is kept only when the detector's validator says `valid`: the shape alone is
   * too common (one capitalised word in a cell), and only the validator's lexicon or checksum makes it one.
   */
  requireValid?: boolean;
  guard?: 'number' | 'spaced-number' | 'code';
  /**
   * A cheaper necessary condition for the RE2.Set prefilter: it must match wherever `regex` matches (the
   * shared examples test proves it on every `match` example). For patterns that open with a long bounded
   * repetition of a broad class (an email's local part): in the Set's DFA such a counter multiplies states
   * on text full of random tokens.
   */
  prefilter?: string;
}

/**
 * An example for the shared detector test. PII semantics (the opposite of ESLint's):
 * `match` entries MUST be reported by this detector, `noMatch` entries MUST NOT.
 * A bare string is the text to scan; for `match` the whole text is then the expected value.
 */
export type DetectorExample =
  | string
  | {
      /** Text to scan. */
      text: string;
      /** For `match`: the value that must come out (default: the whole text). */
      value?: string;
      /** For `match`: the least confidence expected (default: the reporting threshold, 0.5). */
      minConfidence?: number;
      /** Why this case exists. */
      note?: string;
    };

export interface DetectorContext {
  /** Words (English and Chinese) that raise confidence when found near a match. Latin words match whole-word. */
  words: string[];
  /** Window before the match, in characters (default 48). */
  before?: number;
  /** Window after the match, in characters (default 24). */
  after?: number;
  /**
   * Words that make a match unlikely to be this entity when they are on the same line
   * ("version 1.2.3.4", "order no. 123456789"): each lowers the confidence (see README).
   */
  negative?: string[];
}

export interface Detector {
  /** Stable dotted lower-case id: 'email', 'cn.resident_id'. The file path mirrors it. */
  id: string;
  name: string;
  category: Category;
  sensitivity: Sensitivity;
  /** ISO 3166 alpha-2 codes; absent = global. */
  locales?: string[];
  /** One-line description for `piiscan detectors` and SARIF rules. */
  description?: string;
  patterns: DetectorPattern[];
  /** Optional literal gate (lower case): the detector runs only in blocks where one occurs. */
  keywords?: string[];
  /** Context words: boost only. */
  context?: DetectorContext;
  /**
   * When true, a match without a context word (or column hint) is never reported; used for values
   * that are only personal data because of what is around them (a date is a date of birth only near "born").
   */
  requireContext?: boolean;
  /** Header / column names that indicate this entity (en + zh), in normalised token form. */
  columnHints?: string[];
  /** Column names that contain a hint but are not this entity ('address_id' is not an address). */
  columnHintExcludes?: string[];
  /** Compact form used by validate, deny and the fingerprint. Default: the raw value. */
  normalize?(raw: string): string;
  /** Checksum / structure check on the normalised value. */
  validate?(normalized: string): Verdict;
  /** Published sample values (normalised form) that are never reported. */
  deny?: string[];
  /** Special-category data: snippets are masked whole. */
  special?: boolean;
  /**
   * The subject's birth date when the value encodes one (a date of birth, a resident ID). The engine turns
   * it into `Finding.subjectAge` and per-asset counts of minors (children's-data rules); never reported as is.
   */
  birthDate?(normalized: string): { year: number; month: number; day?: number } | null;
  /**
   * A recogniser for values without a fixed pattern, run on running text beside the patterns
   * (src/engine/recognisers): names and street addresses found from lexicons, a segmenter and cues, no label needed.
   */
  recogniser?: 'person_name' | 'postal_address';
  /** Masking override for values whose shape tells the kind (emails keep the domain). */
  mask?(raw: string): string;
  /** Ids into the regulation catalogue, e.g. 'gdpr:art4-1', 'pipl:art28'. */
  legal: string[];
  examples: { match: DetectorExample[]; noMatch: DetectorExample[] };
}

/** Identity helper that keeps literal types (attw's defineCheck idea). */
export function defineDetector<const D extends Detector>(detector: D): D {
  return detector;
}

export type ValidatorVerdict = Verdict;

export interface FileLocation {
  kind: 'file';
  path: string;
  line: number;
  column: number;
  endLine: number;
  endColumn: number;
}

export interface CellLocation {
  kind: 'cell';
  path: string;
  sheet?: string;
  row: number;
  column: string;
  columnIndex: number;
}

export interface ColumnLocation {
  kind: 'column';
  store: string;
  schema: string;
  table: string;
  column: string;
  path?: string | null;
}

export type Location = FileLocation | CellLocation | ColumnLocation;

export interface Evidence {
  pattern: string;
  validator: Verdict;
  context: string[];
  /** Negative context words found on the same line. */
  negativeContext?: string[];
  columnHint: boolean;
  ambiguousWith: string[];
  /** The match is the only content of its line or cell (structural context). */
  standalone?: boolean;
  /** How the confidence was built, step by step, e.g. ["base 0.5", "validator valid +0.3"]. */
  steps?: string[];
}

export interface Finding {
  detector: string;
  category: Category;
  sensitivity: Sensitivity;
  confidence: number;
  location: Location;
  snippet: string;
  fingerprint: string;
  /** Only with --show-values. */
  value?: string;
  /** Age in whole years at scan time, when the value encodes a birth date (see Detector.birthDate). */
  subjectAge?: number;
  evidence: Evidence;
  legal: string[];
}

export interface ScanError {
  target: string;
  asset?: string;
  code: string;
  message: string;
}

export interface AssetLocationFile {
  kind: 'file';
  path: string;
}
export interface AssetLocationSheet {
  kind: 'sheet';
  path: string;
  sheet: string;
}
export interface AssetLocationTable {
  kind: 'table';
  store: string;
  schema: string;
  table: string;
}
export type AssetLocation = AssetLocationFile | AssetLocationSheet | AssetLocationTable;

export interface Asset {
  kind: 'file' | 'sheet' | 'table';
  location: AssetLocation;
  records: number;
  recordsEstimated: boolean;
  sampled: number;
  bytes?: number;
  /** Exact occurrences per detector id, even when findings[] is capped. */
  counts: Record<string, number>;
  /** Distinct normalised values per detector id (exact up to 100,000 per detector; `distinctCapped` beyond). */
  distinct?: Record<string, number>;
  distinctCapped?: boolean;
  /** Records (lines, rows) holding two or more detectors together: the input of combination rules. */
  cooccurrence?: { detectors: string[]; records: number }[];
  /** Occurrences whose value encodes the birth date of a child (age under 14 / under 16 at scan time). */
  minors?: { under14: number; under16: number };
  truncated: boolean;
  sensitivity: Sensitivity | null;
  detectors: string[];
  encoding?: string;
  /** Classified columns of a table, sheet or structured file: one entry per (column, detector) (CONTRACT.md). */
  columns?: AssetColumn[];
  /** Who can read a table (databases; `via`: `role:<name>`, `schema`, `global` when not a direct grant) or the file's mode. */
  exposure?: { fileMode?: string; grants?: { grantee: string; privilege: string; column: string | null; via?: string }[] };
  // ── Assessment (src/assess): filled by assess(), absent from reports made without it. ──
  /** Record-level combinations of detectors that raise the level or create a legal hook (CONTRACT.md). */
  combinations?: Combination[];
  /** Why `sensitivity` is above the highest detector level (combinations, children's data). */
  escalation?: { from: Sensitivity | null; reasons: string[] };
  risk?: AssetRisk;
  minimisation?: MinimisationItem[];
  /** Legal ids of the assessments and notices this asset triggers (CONTRACT.md); `triggerDetails` says why. */
  triggers?: string[];
  triggerDetails?: TriggerDetail[];
}

/** A combination rule that fired on records of an asset. */
export interface Combination {
  /** Stable rule name, e.g. 'name+government-id'. */
  name: string;
  title: string;
  /** The detectors of this asset that satisfied the rule, sorted. */
  detectors: string[];
  /** Records holding the combination (lines of a text file, rows of a table). */
  records: number;
  /** The level a record holding it has (regulations.md §2.1 escalation rules). */
  sensitivity: Sensitivity;
  why: string;
  legal: string[];
}

export const RISK_LEVELS = ['low', 'medium', 'high', 'critical'] as const;
export type RiskLevel = (typeof RISK_LEVELS)[number];

export const RISK_FACTORS = ['sensitivity', 'volume', 'combinations', 'plaintext', 'access', 'children', 'secrets', 'retention'] as const;
export type RiskFactorName = (typeof RISK_FACTORS)[number];

/**
 * One term of the risk score: contribution ≈ 100 × weight × severity, rounded by largest remainder so the
 * contributions of an asset add up exactly to its score.
 */
export interface RiskFactor {
  name: RiskFactorName;
  /** What was measured, for people: 'restricted', 1200, '0644 (world-readable)'. */
  value: string | number;
  /** The measurement mapped to 0..1. */
  severity: number;
  /** Share of the score this factor can take (weights add up to 1). */
  weight: number;
  contribution: number;
  detail: string;
}

export interface AssetRisk {
  score: number;
  level: RiskLevel;
  factors: RiskFactor[];
}

export const MINIMISATION_ACTIONS = ['drop', 'mask', 'truncate', 'tokenise', 'hash', 'encrypt', 'expire'] as const;
export type MinimisationAction = (typeof MINIMISATION_ACTIONS)[number];

export interface MinimisationItem {
  /** The column (structured assets); null for a text file, where the item applies to the detector's values. */
  column: string | null;
  detector: string | null;
  action: MinimisationAction;
  detail: string;
  why: string;
  legal: string[];
  /** Set when the item comes from a declared purpose that does not need this data. */
  purpose?: string;
}

export const TRIGGER_KINDS = ['dpia', 'pipia', 'breach', 'cross-border', 'children'] as const;
export type TriggerKind = (typeof TRIGGER_KINDS)[number];

export interface TriggerDetail {
  /** The legal id of the obligation (also listed in `Asset.triggers`). */
  id: string;
  kind: TriggerKind;
  why: string;
}

/** Assessment settings (piiscan.yaml: `risk`, `largeScale`, `retention`, `purposes`). */
export interface AssessConfig {
  risk?: {
    /** Relative weights; normalised to add up to 1. Missing factors keep their default. */
    weights?: Partial<Record<RiskFactorName, number>>;
    /** Lowest score of each level above `low`. */
    levels?: { medium?: number; high?: number; critical?: number };
  };
  /** Distinct subjects from which processing counts as large scale (GDPR sets no number). */
  largeScale?: number;
  /** Retention policy in days, keyed by category, detector id or glob, or `default`. */
  retention?: Record<string, number>;
  /** Declared purposes: data in matching assets outside `allowed` (categories or detector globs) is flagged. */
  purposes?: PurposeDeclaration[];
}

export interface PurposeDeclaration {
  /** Globs on the asset key: a file path, or `schema.table`. */
  paths: string[];
  /** Categories or detector id globs the purpose needs. */
  allowed: string[];
  purpose: string;
}

/** The model an assessment used, so an auditor can recompute every score. */
export interface AssessmentModel {
  weights: Record<RiskFactorName, number>;
  levels: { medium: number; high: number; critical: number };
  largeScale: number;
  retention: Record<string, number>;
}

/** Roll-up of the assets of one store: a scan target directory or a database. */
export interface StoreSummary {
  store: string;
  kind: 'files' | 'database';
  assets: number;
  records: number;
  sensitivity: Sensitivity | null;
  /** Highest asset score and its level. */
  score: number;
  level: RiskLevel;
  categories: Category[];
  triggers: string[];
}

export interface Assessment {
  model: AssessmentModel;
  assets: number;
  byLevel: Record<RiskLevel, number>;
  bySensitivity: Record<Sensitivity, number>;
  maxScore: number;
  /** Legal id → number of assets that trigger it. */
  triggers: Record<string, number>;
  stores: StoreSummary[];
  /** Limits of this assessment worth knowing (rules waiting for detectors, heuristics used). */
  notes: string[];
}

export type Protection = 'plain' | 'masked' | 'hashed' | 'encrypted' | 'tokenised';

/** CONTRACT.md `assets[].columns[]`. */
export interface AssetColumn {
  name: string;
  /** Key path inside a JSON value held by a database column; null otherwise. */
  path: string | null;
  detector: string;
  /** Non-empty values accepted by the detector / non-empty values examined. */
  matched: number;
  sampled: number;
  ratio: number;
  confidence: number;
  protection: Protection;
  nameHint: boolean;
  evidence: Record<string, unknown>;
}

export interface ScanStats {
  files: number;
  bytes: number;
  tables: number;
  rows: number;
  findings: number;
  errors: number;
  skipped: number;
  /** Findings suppressed by an allowlist entry or an inline `piiscan:allow` marker (not in `findings`). */
  allowed?: number;
  durationMs: number;
}

export interface LegalEntry {
  regulation: 'GDPR' | 'CCPA' | 'PIPL';
  article: string;
  title: string;
  summary: string;
  link?: string;
}

export interface ScanReport {
  schemaVersion: 1;
  tool: { name: string; version: string };
  scan: {
    id: string;
    startedAt: string;
    finishedAt: string;
    targets: string[];
    fingerprintKeyId: string;
    minConfidence: number;
    detectors: string[];
    stats: ScanStats;
    errors: ScanError[];
    /** Problems that did not stop a file (a ragged CSV row, an invalid NDJSON line). */
    warnings?: ScanError[];
    skipped?: { path: string; reason: string }[];
  };
  findings: Finding[];
  assets: Asset[];
  legal: Record<string, LegalEntry>;
  /** Report-level roll-up of the assessment (src/assess); absent from reports made without it. */
  assessment?: Assessment;
}

export function sensitivityRank(s: Sensitivity): number {
  return SENSITIVITIES.indexOf(s);
}

export function maxSensitivity(a: Sensitivity | null, b: Sensitivity | null): Sensitivity | null {
  if (a === null) return b;
  if (b === null) return a;
  return sensitivityRank(a) >= sensitivityRank(b) ? a : b;
}

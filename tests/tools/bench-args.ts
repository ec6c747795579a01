/** Command-line options of `npm run bench` and the run plan they select. */

export const SECTIONS = ['nlp', 'browser', 'popup', 'sizes'] as const;
export type Section = (typeof SECTIONS)[number];

export interface BenchArgs {
  /** Print one JSON object on stdout (the table then goes to stderr). */
  json: boolean;
  /** The reduced run CI uses to keep the harness working. */
  quick: boolean;
  /** Sections to measure; the others are reported as null. */
  only: Section[];
  /** Also write the JSON object to this file. */
  save: string | null;
  help: boolean;
}

export const USAGE = `usage: npm run bench -- [--quick] [--json] [--only nlp,browser,popup,sizes] [--save FILE]
  --quick   fewer repetitions, a small sample, a 20,000-word big page, a short history (for CI)
  --json    exactly one JSON object on stdout; the table and progress go to stderr
  --only    measure only these sections (the others are null)
  --save    also write the JSON object to FILE`;

/** Parses the options after `--`; throws a one-line message on anything it does not know. */
export function parseBenchArgs(argv: readonly string[]): BenchArgs {
  const out: BenchArgs = { json: false, quick: false, only: [...SECTIONS], save: null, help: false };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i] as string;
    const [name, inline] = arg.startsWith('--') && arg.includes('=') ? [arg.slice(0, arg.indexOf('=')), arg.slice(arg.indexOf('=') + 1)] : [arg, undefined];
    const value = (): string => {
      const v = inline ?? argv[++i];
      if (v === undefined || v === '' || (inline === undefined && v.startsWith('--'))) throw new Error(`${name} needs a value`);
      return v;
    };
    switch (name) {
      case '--json':
        out.json = true;
        break;
      case '--quick':
        out.quick = true;
        break;
      case '--help':
      case '-h':
        out.help = true;
        break;
      case '--save':
        out.save = value();
        break;
      case '--only': {
        const wanted = value().split(',').map((s) => s.trim()).filter(Boolean);
        const unknown = wanted.filter((s) => !(SECTIONS as readonly string[]).includes(s));
        if (unknown.length) throw new Error(`--only: unknown section ${unknown.join(', ')} (known: ${SECTIONS.join(', ')})`);
        out.only = SECTIONS.filter((s) => wanted.includes(s));
        break;
      }
      default:
        throw new Error(`unknown option ${arg}`);
    }
  }
  return out;
}

/** How much work one run does: the full run, or the reduced one CI uses. */
export interface BenchPlan {
  /** SaudiNewsNet articles for the Node figures (null: all of them). */
  articles: number | null;
  /** Timed passes over those articles (after one warm-up pass over a part of them). */
  nlpPasses: number;
  /** Fresh child processes for the load time and heap. */
  loadRuns: number;
  /** Timed page loads per fixture article, and untimed warm-up loads before them. */
  pageLoads: number;
  warmUpLoads: number;
  bigPageWords: number;
  bigPageLoads: number;
  /** Fresh loads of the non-Arabic page for the gate's cost. */
  gateLoads: number;
  historyPages: number;
  popupRuns: number;
}

/** The plan for a full or a quick run. */
export function planFor(quick: boolean): BenchPlan {
  return quick
    ? { articles: 150, nlpPasses: 2, loadRuns: 2, pageLoads: 2, warmUpLoads: 0, bigPageWords: 20_000, bigPageLoads: 1, gateLoads: 3, historyPages: 500, popupRuns: 2 }
    : { articles: null, nlpPasses: 5, loadRuns: 7, pageLoads: 7, warmUpLoads: 1, bigPageWords: 100_000, bigPageLoads: 5, gateLoads: 15, historyPages: 10_000, popupRuns: 7 };
}

/** The bench's options: `npm run bench -- --families 1000 --revisions 100000 --rounds 5 --duration 3`. */
export type BenchOptions = {
  families: number;
  revisions: number;
  /** Rounds over every target (target, baseline, target, baseline …); figures are the rounds' medians. */
  rounds: number;
  /** Seconds of load per target in each round. */
  duration: number;
  connections: number;
  /** Reuse the last `next build` (for iterating on the bench itself). */
  skipBuild: boolean;
  port: number;
};

/** The default dataset, which a bigger run also loads and measures beside it (the "within 1.2×" targets). */
export const SMALL = { families: 10, revisions: 100 };

const usage =
  "usage: npm run bench -- [--families N] [--revisions N] [--rounds N] [--duration SECONDS] [--connections N] [--skip-build]";
const numeric = ["--families", "--revisions", "--rounds", "--duration", "--connections"] as const;

export function parseArgs(argv: string[]): BenchOptions {
  const options: BenchOptions = {
    ...SMALL,
    rounds: 5,
    duration: 3,
    connections: 20,
    skipBuild: false,
    port: Number(process.env.LADDER_BENCH_PORT ?? 4320),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--skip-build") options.skipBuild = true;
    else if ((numeric as readonly string[]).includes(arg)) {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) throw new Error(`${arg} needs a positive whole number (${usage})`);
      options[arg.slice(2) as "families" | "revisions" | "rounds" | "duration" | "connections"] = value;
    } else throw new Error(`unknown argument ${arg} (${usage})`);
  }
  if (options.revisions < options.families) throw new Error("--revisions must be at least --families (every family has one)");
  return options;
}

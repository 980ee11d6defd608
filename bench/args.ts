/** The bench's options: `npm run bench -- --families 1000 --revisions 100000 --duration 10`. */
export type BenchOptions = {
  families: number;
  revisions: number;
  /** Seconds of load per target. */
  duration: number;
  connections: number;
  /** Reuse the last `next build` (for iterating on the bench itself). */
  skipBuild: boolean;
  port: number;
};

const usage = "usage: npm run bench -- [--families N] [--revisions N] [--duration SECONDS] [--skip-build]";

export function parseArgs(argv: string[]): BenchOptions {
  const options: BenchOptions = {
    families: 10,
    revisions: 100,
    duration: 10,
    connections: 20,
    skipBuild: false,
    port: Number(process.env.LADDER_BENCH_PORT ?? 4320),
  };
  for (let i = 0; i < argv.length; i++) {
    const arg = argv[i];
    if (arg === "--skip-build") options.skipBuild = true;
    else if (arg === "--families" || arg === "--revisions" || arg === "--duration" || arg === "--connections") {
      const value = Number(argv[++i]);
      if (!Number.isInteger(value) || value < 1) throw new Error(`${arg} needs a positive whole number (${usage})`);
      options[arg.slice(2) as "families" | "revisions" | "duration" | "connections"] = value;
    } else throw new Error(`unknown argument ${arg} (${usage})`);
  }
  if (options.revisions < options.families) throw new Error("--revisions must be at least --families (every family has one)");
  return options;
}

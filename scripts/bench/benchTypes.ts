/** One measured figure of a benchmark. */
export interface BenchFigure {
  /** Stable identifier, e.g. `engine.score.accountsPerSecond`. */
  name: string;
  value: number;
  unit: string;
}

/** A benchmark module (`scripts/bench/<topic>.bench.ts`) exports `bench` returning its figures. */
export type BenchFunction = () => Promise<BenchFigure[]>;

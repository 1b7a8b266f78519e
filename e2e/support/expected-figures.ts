import { execFileSync } from "node:child_process";
import path from "node:path";
import type { BiodiversityPair, CountryFigures, LanguageMatrix } from "../../lib/insights/figures";

export type ExpectedFigures = {
  figures: CountryFigures[];
  europe: BiodiversityPair;
  matrix: LanguageMatrix;
  /** country codes of the map's table sorted by English name */
  countriesByName: string[];
};

/** The seeded catalogue's figures, computed outside the app (see expected-figures.script.ts). */
export function expectedFigures(): ExpectedFigures {
  const script = path.join(import.meta.dirname, "expected-figures.script.ts");
  const output = execFileSync(process.execPath, ["--import", "tsx", script], { encoding: "utf8", cwd: path.join(import.meta.dirname, "../..") });
  return JSON.parse(output) as ExpectedFigures;
}

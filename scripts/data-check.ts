// npm run data:check: the catalogue's files (data/), validated with the submission schemas and the
// catalogue's rules (lib/catalogue-data/check.ts), then assessed with the real scorer. Prints the
// errors (exit 1), the warnings, and the figures the breadth targets are measured by.
import { readCatalogueFiles } from "../lib/catalogue-data/files";
import { checkCatalogue } from "../lib/catalogue-data/check";
import { assessCatalogue } from "../lib/catalogue-data/assess";
import { LICENCES } from "../lib/openness/licences";
import { EU_OFFICIAL_LANGUAGES } from "../lib/openness/europe";

const quiet = process.argv.includes("--quiet");
const files = readCatalogueFiles();
const { errors, warnings } = checkCatalogue(files);
const rel = (file: string) => file.replace(`${process.cwd()}/`, "");

for (const problem of errors) console.error(`error   ${rel(problem.file)} ${problem.path}: ${problem.message}`);
if (!quiet) for (const problem of warnings) console.warn(`warning ${rel(problem.file)} ${problem.path}: ${problem.message}`);

if (errors.length === 0 && !quiet) {
  const assessed = assessCatalogue(files.models, LICENCES);
  const organisations = new Map(files.organisations.map((entry) => [entry.slug, entry]));
  const europe = files.models.filter((model) => model.scope === "europe");
  const europeanOrgs = files.organisations.filter((org) => org.scope === "europe");
  const count = <K extends string>(keys: K[]) => keys.reduce((map, key) => map.set(key, (map.get(key) ?? 0) + 1), new Map<K, number>());
  const countries = count(europe.flatMap((model) => [...new Set(model.payload.organisations.existing.map((slug) => organisations.get(slug)?.payload.country ?? "?"))]));
  const grades = count(europe.map((model) => assessed.get(model.slug)!.assessment.grade));
  const labels = count(europe.map((model) => assessed.get(model.slug)!.assessment.g7.label));
  const modalities = count(europe.map((model) => model.payload.modality));
  // "built for" a language: it is among the model's three languages or fewer, English aside
  const focused = (code: string) => europe.filter((model) => model.payload.languages.includes(code) && model.payload.languages.filter((l) => l !== "en").length <= 3).length;
  const line = (map: Map<string, number>) => [...map.entries()].sort((a, b) => b[1] - a[1] || a[0].localeCompare(b[0])).map(([key, n]) => `${key} ${n}`).join(", ");
  console.log(`\n${europe.length} European models (${files.models.length - europe.length} reference), ${europeanOrgs.length} European organisations (${files.organisations.length - europeanOrgs.length} reference), ${[...countries.keys()].filter((c) => c !== "EU").length} countries`);
  console.log(`countries: ${line(countries)}`);
  console.log(`grades: ${line(grades)}`);
  console.log(`G7 labels: ${line(labels)}`);
  console.log(`modalities: ${line(modalities)}`);
  console.log(`built for each official EU language: ${EU_OFFICIAL_LANGUAGES.map((code) => `${code} ${focused(code)}`).join(", ")}`);
}
console.log(`\ndata:check: ${errors.length} error(s), ${warnings.length} warning(s) in ${files.organisations.length} organisation and ${files.models.length} model files`);
process.exit(errors.length > 0 ? 1 : 0);

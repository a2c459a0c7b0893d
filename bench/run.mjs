// `pnpm bench` runs every benchmark; `pnpm bench <name>` runs one. Each prints one JSON line last and
// writes it to bench/results/<name>.json (see ../shared/guide/BENCHMARKS.md in the workspace).
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const here = dirname(fileURLToPath(import.meta.url));
const all = readdirSync(join(here, 'suites'))
  .filter((f) => f.endsWith('.mjs'))
  .map((f) => f.replace(/\.mjs$/, ''))
  .sort();
const wanted = process.argv.slice(2);
for (const name of wanted) {
  if (!existsSync(join(here, 'suites', `${name}.mjs`))) {
    console.error(`unknown benchmark "${name}"; known: ${all.join(', ')}`);
    process.exit(2);
  }
}
let failed = false;
for (const name of wanted.length ? wanted : all) {
  console.log(`\n--- bench ${name}`);
  const run = spawnSync(process.execPath, [join(here, 'suites', `${name}.mjs`)], { stdio: 'inherit' });
  if (run.status !== 0) failed = true;
}
process.exit(failed ? 1 : 0);

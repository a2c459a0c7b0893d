// Sums the gzipped JS a route loads (entry + its static imports + the route's lazy page chunk and
// its static imports), from dist/.vite/manifest.json. Usage: node scripts/bundle-size.mjs
import { readFileSync } from 'node:fs';
import { gzipSync } from 'node:zlib';

const dist = new URL('../dist/', import.meta.url);
const manifest = JSON.parse(readFileSync(new URL('.vite/manifest.json', dist), 'utf8'));
const entryKey = Object.keys(manifest).find((k) => manifest[k].isEntry);

function closure(keys, seen = new Set()) {
  for (const key of keys) {
    if (seen.has(key)) continue;
    seen.add(key);
    closure(manifest[key].imports ?? [], seen);
  }
  return seen;
}
const gz = (file) => gzipSync(readFileSync(new URL(file, dist))).length;
function report(name, pageSrc) {
  const keys = closure([entryKey, ...pageSrc.map((p) => Object.keys(manifest).find((k) => k.endsWith(p)))]);
  const files = [...keys].map((k) => manifest[k].file).filter((f) => f.endsWith('.js'));
  const total = files.reduce((s, f) => s + gz(f), 0);
  console.log(`${name}: ${(total / 1024).toFixed(1)} KiB gzipped JS in ${files.length} files`);
  for (const f of files) console.log(`   ${(gz(f) / 1024).toFixed(1).padStart(7)} KiB  ${f}`);
}
report('sign-in', ['SignInPage.tsx']);
report('home', ['HomePage.tsx', 'ShellLayout.tsx']);
report('catalog', ['CatalogPage.tsx', 'ShellLayout.tsx']);
report('orders', ['OrdersPage.tsx', 'ShellLayout.tsx']);

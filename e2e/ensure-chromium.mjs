// Finds Debian's Chromium for the browser journeys, installing it with apt-get when it is missing and
// this is a Debian machine run as root. Playwright's own browser download cannot work offline, so it is
// never used. Prints the path it found.
import { execSync } from 'node:child_process';
import { existsSync } from 'node:fs';

const candidates = [process.env.CHROMIUM_PATH, '/usr/bin/chromium', '/usr/bin/chromium-browser'].filter(
  Boolean,
);
const found = () => candidates.find((path) => existsSync(path));

if (!found()) {
  const root = process.getuid?.() === 0;
  if (root && existsSync('/usr/bin/apt-get')) {
    console.log("Chromium is missing: installing Debian's chromium package (about a minute)…");
    execSync('apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq chromium', {
      stdio: 'inherit',
    });
  }
}
const path = found();
if (!path) {
  console.error(
    "No Chromium found for the browser tests. Install Debian's chromium (apt-get install chromium) or set CHROMIUM_PATH.",
  );
  process.exit(1);
}
console.log(`chromium: ${path}`);

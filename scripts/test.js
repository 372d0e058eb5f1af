#!/usr/bin/env node
// `npm test`: every vitest project (unit, pglite, postgres, e2e), after checking that the
// machine has what the medium and browser tests need; ends with one plain summary line.
//   npm test                      all projects
//   npm test -- --project unit    extra arguments go to vitest
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync } from 'node:fs';
import { delimiter, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const repoRoot = fileURLToPath(new URL('..', import.meta.url));
const resultsFile = join(repoRoot, 'test-results', 'vitest.json');
const args = process.argv.slice(2);

function onPath(names) {
  const dirs = (process.env.PATH ?? '').split(delimiter).filter(Boolean);
  return dirs.some((dir) => names.some((name) => existsSync(join(dir, name))));
}

function hasPostgres() {
  if (onPath(['initdb'])) return true;
  const root = '/usr/lib/postgresql';
  return existsSync(root) && readdirSync(root).some((v) => existsSync(join(root, v, 'bin', 'initdb')));
}

const hasChromium = () => existsSync('/usr/bin/chromium') || onPath(['chromium', 'chromium-browser']);

/** The projects this run selects: those named by --project, or all of them. */
function selectedProjects() {
  const named = [];
  args.forEach((arg, i) => {
    if (arg === '--project' && args[i + 1]) named.push(args[i + 1]);
    else if (arg.startsWith('--project=')) named.push(arg.slice('--project='.length));
  });
  return named.length ? named : ['unit', 'pglite', 'postgres', 'e2e'];
}

const projects = selectedProjects();
const requirements = [
  { project: 'postgres', what: "PostgreSQL's initdb (PostgreSQL 15 or newer)", debianPackage: 'postgresql', present: hasPostgres },
  { project: 'e2e', what: 'Chromium (Debian package; never a downloaded browser)', debianPackage: 'chromium', present: hasChromium },
];
let missing = requirements.filter((r) => projects.some((p) => p.includes(r.project)) && !r.present());

if (missing.length && process.env.CI === 'true' && process.getuid?.() === 0) {
  const packages = missing.map((r) => r.debianPackage);
  console.log(`CI: installing ${packages.join(', ')} with apt-get…`);
  const env = { ...process.env, DEBIAN_FRONTEND: 'noninteractive' };
  const update = spawnSync('apt-get', ['update'], { stdio: 'inherit', env });
  const installed = update.status === 0 && spawnSync('apt-get', ['install', '-y', ...packages], { stdio: 'inherit', env }).status === 0;
  if (!installed) console.error('apt-get could not install them.');
  missing = missing.filter((r) => !r.present());
}

if (missing.length) {
  console.error('The tests need software this machine does not have:');
  for (const r of missing) console.error(`  - ${r.what}: install it with \`apt-get install -y ${r.debianPackage}\` (as root)`);
  console.error('Or run only the projects that need neither: `npm test -- --project unit --project pglite`.');
  process.exit(1);
}

mkdirSync(join(repoRoot, 'test-results'), { recursive: true });
rmSync(resultsFile, { force: true });
const vitest = join(repoRoot, 'node_modules', 'vitest', 'vitest.mjs');
const vitestArgs = ['run', '--reporter=default', '--reporter=json', `--outputFile.json=${resultsFile}`, ...args];
const child = spawn(process.execPath, [vitest, ...vitestArgs], { cwd: repoRoot, stdio: 'inherit' });
for (const signal of ['SIGINT', 'SIGTERM']) process.on(signal, () => child.kill(signal));

child.on('exit', (code, signal) => {
  const exitCode = code ?? (signal ? 1 : 0);
  if (!existsSync(resultsFile)) {
    console.log(`no results: vitest exited with ${code ?? signal} before writing ${resultsFile}`);
    process.exit(exitCode || 1);
  }
  const results = JSON.parse(readFileSync(resultsFile, 'utf8'));
  const skipped = (results.numPendingTests ?? 0) + (results.numTodoTests ?? 0);
  const brokenFiles = (results.testResults ?? []).filter(
    (f) => f.status === 'failed' && !(f.assertionResults ?? []).some((t) => t.status === 'failed'),
  );
  if (brokenFiles.length) console.log(`${brokenFiles.length} test file(s) failed outside any test (see above).`);
  else if (exitCode !== 0 && !results.numFailedTests) console.log(`vitest exited with code ${exitCode} (see above).`);
  console.log(`${results.numPassedTests ?? 0} passed, ${results.numFailedTests ?? 0} failed${skipped ? `, ${skipped} skipped` : ''}`);
  process.exit(exitCode);
});

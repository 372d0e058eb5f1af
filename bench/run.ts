import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { basename, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { type Bench, type BenchReport, judged, machine } from './kit.ts';

// `npm run bench [name…]`: runs every bench/*.bench.ts (or the named ones), prints
// each measurement against its budget and records the results in bench/results/<name>.json.
// Exits with 1 when a measurement is over its budget.

const here = fileURLToPath(new URL('.', import.meta.url));
const wanted = process.argv.slice(2);
const files = readdirSync(here)
  .filter((f) => f.endsWith('.bench.ts'))
  .filter((f) => wanted.length === 0 || wanted.includes(basename(f, '.bench.ts')))
  .sort();
if (files.length === 0) {
  console.error(wanted.length ? `No bench named ${wanted.join(', ')} in bench/.` : 'No bench/*.bench.ts files.');
  process.exit(1);
}

let over = 0;
mkdirSync(join(here, 'results'), { recursive: true });
for (const file of files) {
  const name = basename(file, '.bench.ts');
  console.log(`\n▶ ${name}`);
  const bench = (await import(pathToFileURL(join(here, file)).href)).default as Bench;
  const host = machine();
  console.log(`  ${host.cpus} × ${host.cpu}, load ${host.load}`);
  const measurements = await bench();
  const report: BenchReport = { name, ranAt: new Date().toISOString(), machine: host, measurements };
  writeFileSync(join(here, 'results', `${name}.json`), `${JSON.stringify(report, null, 2)}\n`);
  for (const m of measurements) {
    const fails = m.budget !== undefined && judged(m) > m.budget;
    if (fails) over++;
    const cpu = m.cpuMedian === undefined ? '' : `; CPU median ${m.cpuMedian}, p95 ${m.cpuP95}`;
    const budget = m.budget === undefined ? '' : ` (budget ${m.budget} ${m.unit}${m.cpuMedian === undefined ? '' : ' CPU'})`;
    console.log(`  ${fails ? '✗' : '✓'} ${m.metric}: median ${m.median} ${m.unit}, p95 ${m.p95}${cpu}; ${m.runs} runs${budget}`);
  }
  console.log(`  results: bench/results/${name}.json`);
}
if (over > 0) {
  console.error(`\n${over} measurement(s) over budget.`);
  process.exit(1);
}

/**
 * `npm test`: every check of the project, the independent ones side by side on two cores.
 *
 *   chromium ─┬─ build ───────────────┬─ site tests (tests/*.test.ts in Chromium, two workers)
 *             └─ spelling ── unit ────┴─ typecheck
 *
 * The build and the site tests take minutes and decide how long the whole run takes; spelling,
 * the unit tests and the type check take seconds each and fill the other core meanwhile, at a
 * lower priority (nice 10) so that they never hold up the build or the browser. The type check
 * waits for the build: `astro build` generates the same types in .astro/ that `astro sync` does
 * (compared file by file), so it runs tsc alone, and two Astro processes never write .astro/ at
 * the same time. Should the build fail, the type check runs as `npm run typecheck`.
 *
 * Each stage's output is shown whole when it ends (the build and the site tests line by line as
 * they go), then a table of every stage with its time. Every stage runs even if another fails,
 * except what needs a failed stage; the exit code is 1 when anything failed.
 */
import { spawn } from 'node:child_process';
import { setPriority } from 'node:os';

const LOW_PRIORITY = 10;
const started = performance.now();
const results = [];

/** Runs one stage; resolves true when it succeeded. `live`: show its output as it comes. */
function run(name, command, args, { env = {}, live = false, low = false } = {}) {
  const begin = performance.now();
  const result = { name, status: 'running', seconds: 0 };
  results.push(result); // in the order the stages start
  console.log(`▶ ${name}: ${[command, ...args].join(' ')}`);
  return new Promise((resolve) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', 'pipe', 'pipe'] });
    // Before npm has started anything of its own: its children inherit the priority.
    if (low && child.pid) setPriority(child.pid, LOW_PRIORITY);
    const output = [];
    let partial = '';
    const take = (chunk) => {
      if (!live) return void output.push(chunk);
      // Whole lines only, so that a finished stage's output never lands inside one.
      const lines = (partial + chunk).split('\n');
      partial = lines.pop();
      for (const line of lines) console.log(line);
    };
    child.stdout.setEncoding('utf8').on('data', take);
    child.stderr.setEncoding('utf8').on('data', take);
    child.on('error', (error) => output.push(`${error.message}\n`));
    child.on('close', (code, signal) => {
      if (partial) console.log(partial);
      const seconds = (performance.now() - begin) / 1000;
      const ok = code === 0;
      Object.assign(result, { status: ok ? 'ok' : 'FAILED', seconds });
      const text = output.join('').trimEnd();
      console.log(`${ok ? '✔' : '✘'} ${name} (${seconds.toFixed(1)} s)${ok ? '' : `: ${signal ? `signal ${signal}` : `exit code ${code}`}`}${text ? `\n${text}\n` : ''}`);
      resolve(ok);
    });
  });
}

function skip(name, reason) {
  results.push({ name, status: `skipped: ${reason}`, seconds: 0 });
  console.log(`– ${name}: skipped, ${reason}`);
}

if (!(await run('chromium', 'bash', ['scripts/ensure-chromium.sh']))) {
  skip('everything else', 'Chromium is missing');
} else {
  const build = run('build', 'npm', ['run', 'build'], { env: { SITE_URL: 'https://kennisbank.example' }, live: true });
  const siteLane = build.then((built) =>
    built ? run('site tests', 'npm', ['run', 'test:site'], { live: true }) : skip('site tests', 'the build failed'),
  );
  const staticLane = (async () => {
    await run('spelling', 'npm', ['run', 'check:spelling'], { low: true });
    await run('unit tests', 'npm', ['run', 'test:unit'], { low: true });
    if (await build) await run('typecheck', process.execPath, ['node_modules/typescript/bin/tsc', '--noEmit', '-p', '.'], { low: true });
    else await run('typecheck', 'npm', ['run', 'typecheck'], { low: true });
  })();
  await Promise.all([siteLane, staticLane]);
}

const total = (performance.now() - started) / 1000;
const width = Math.max(...results.map((result) => result.name.length));
console.log(`\n${results.map(({ name, status, seconds }) => `  ${name.padEnd(width)}  ${seconds.toFixed(1).padStart(6)} s  ${status}`).join('\n')}`);
const failed = results.filter((result) => result.status !== 'ok');
console.log(`  ${'total'.padEnd(width)}  ${total.toFixed(1).padStart(6)} s  ${failed.length ? `${failed.length} not ok` : 'all ok'}\n`);
process.exit(failed.length ? 1 : 0);

#!/usr/bin/env node
// Bundles each action (actions/<job>/main.ts) and the CLI (actions/cli.ts) with @vercel/ncc into
// actions/<job>/dist/, minified, each file with its source map (`index.js.map`, trimmed to our own
// files by source-maps.mjs; read only to show an unexpected error's stack with debug on, see
// actions/lib/entry/stack-trace.ts). First it compiles the JSON Schemas to standalone validators
// (.ci/compile-schemas.mjs). With --check, it compiles and bundles into memory and fails if the
// committed validators or dist/ differ. Each bundle runs in its own child process so the two cores
// of a runner both work. Bundling only transpiles: `npm run typecheck` checks types, once.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';
import { checkGenerated, writeGenerated } from './compile-schemas.mjs';
import { ownSourcesOnly } from './source-maps.mjs';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const args = process.argv.slice(2);
const check = args.includes('--check');

function entries() {
  const list = [{ name: 'cli', entry: join(root, 'actions/cli.ts'), out: join(root, 'actions/cli/dist') }];
  for (const dir of readdirSync(join(root, 'actions'), { withFileTypes: true })) {
    if (!dir.isDirectory()) continue;
    const base = join(root, 'actions', dir.name);
    if (existsSync(join(base, 'action.yml')) && existsSync(join(base, 'main.ts'))) {
      list.push({ name: dir.name, entry: join(base, 'main.ts'), out: join(base, 'dist') });
    }
  }
  return list;
}

async function bundleOne(entry) {
  const { default: ncc } = await import('@vercel/ncc');
  const { code, map, assets } = await ncc(entry, {
    quiet: true,
    minify: true,
    sourceMap: true,
    // No source-map-support loaded at every start: stack-trace.ts reads the maps only when needed.
    sourceMapRegister: false,
    // Sources named relative to the map (actions/<job>/dist/), i.e. from the repository's root.
    sourceMapBasePrefix: '../../../',
    cache: false,
    transpileOnly: true,
  });
  const files = { 'index.js': code, 'index.js.map': map };
  for (const [name, asset] of Object.entries(assets ?? {})) files[name] = asset.source.toString();
  for (const name of Object.keys(files)) if (name.endsWith('.map')) files[name] = ownSourcesOnly(files[name]);
  return files;
}

/** Bytes of the files a bundle runs (entry and chunks) and of its source maps. */
function sizes(files) {
  let code = 0;
  let maps = 0;
  for (const [name, content] of Object.entries(files)) {
    if (name.endsWith('.js')) code += Buffer.byteLength(content);
    else if (name.endsWith('.map')) maps += Buffer.byteLength(content);
  }
  return { code, maps };
}

function listFiles(dir, prefix = '') {
  if (!existsSync(dir)) return [];
  return readdirSync(dir, { withFileTypes: true }).flatMap((d) =>
    d.isDirectory() ? listFiles(join(dir, d.name), `${prefix}${d.name}/`) : [`${prefix}${d.name}`],
  );
}

function runChild(entry) {
  return new Promise((resolve, reject) => {
    const child = spawn(process.execPath, [fileURLToPath(import.meta.url), '--one', entry], {
      cwd: root,
      stdio: ['ignore', 'pipe', 'inherit'],
    });
    const chunks = [];
    child.stdout.on('data', (c) => chunks.push(c));
    child.on('error', reject);
    child.on('close', (code) => {
      if (code !== 0) reject(new Error(`bundling ${relative(root, entry)} failed (exit ${code})`));
      else resolve(JSON.parse(Buffer.concat(chunks).toString('utf8')));
    });
  });
}

async function main() {
  let differences = 0;
  if (check) {
    const stale = checkGenerated();
    for (const p of stale) console.error(`generated validator differs: ${p}`);
    differences += stale.length;
  } else {
    for (const s of writeGenerated()) console.log(`compiled the ${s.name} schema (${(s.bytes / 1024).toFixed(0)} KiB)`);
  }
  const todo = entries();
  const results = new Map();
  const queue = [...todo];
  const workers = Array.from({ length: 2 }, async () => {
    for (let job = queue.shift(); job; job = queue.shift()) results.set(job.name, await runChild(job.entry));
  });
  try {
    await Promise.all(workers);
  } catch (err) {
    console.error(err instanceof Error ? err.message : String(err));
    process.exit(1);
  }

  for (const job of todo) {
    const files = results.get(job.name);
    if (check) {
      const committed = listFiles(job.out);
      for (const name of new Set([...committed, ...Object.keys(files)])) {
        const path = join(job.out, name);
        const want = files[name];
        const have = existsSync(path) ? readFileSync(path, 'utf8') : undefined;
        if (want !== have) {
          differences++;
          console.error(
            `dist differs: ${relative(root, path)} (${have === undefined ? 'missing' : want === undefined ? 'not produced by the build' : 'content'})`,
          );
        }
      }
    } else {
      rmSync(job.out, { recursive: true, force: true });
      for (const [name, content] of Object.entries(files)) {
        const path = join(job.out, name);
        mkdirSync(dirname(path), { recursive: true });
        writeFileSync(path, content, { mode: name === 'index.js' ? 0o755 : 0o644 });
      }
      const { code, maps } = sizes(files);
      console.log(
        `built ${relative(root, job.out)}/: entry and chunks ${(code / 1024).toFixed(0)} KiB, source maps ${(maps / 1024).toFixed(0)} KiB`,
      );
    }
  }
  if (check && differences > 0) {
    console.error(`${differences} file(s) differ from a fresh build: run \`npm run build\` and commit the result.`);
    process.exit(1);
  }
  if (check) console.log(`dist/ matches a fresh build (${todo.length} bundles).`);
}

// Child mode: bundle one entry and print its files as JSON on stdout.
if (args[0] === '--one') {
  try {
    const files = await bundleOne(args[1]);
    // No process.exit here: it would cut a large write to the pipe short.
    process.stdout.write(JSON.stringify(files));
  } catch (err) {
    // webpack errors quote whole minified lines of ncc; keep the lines a person can read.
    const text = err instanceof Error ? err.message : String(err);
    console.error(
      text
        .split('\n')
        .filter((line) => line.length < 400)
        .join('\n'),
    );
    process.exitCode = 1;
  }
} else {
  await main();
}

#!/usr/bin/env node
// Bundles each action (actions/<job>/main.ts) and the CLI (actions/cli.ts) with @vercel/ncc into
// actions/<job>/dist/. With --check, bundles into memory and fails if the committed dist/ differs.
// Each bundle runs in its own child process so the two cores of a runner both work. Bundling only
// transpiles: `npm run typecheck` checks types, once, for the whole repository.
import { spawn } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join, relative } from 'node:path';
import { fileURLToPath } from 'node:url';

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
  const { code, assets } = await ncc(entry, {
    quiet: true,
    minify: false,
    sourceMap: false,
    cache: false,
    transpileOnly: true,
  });
  const files = { 'index.js': code };
  for (const [name, asset] of Object.entries(assets ?? {})) files[name] = asset.source.toString();
  return files;
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

  let differences = 0;
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
      console.log(
        `built ${relative(root, job.out)}/index.js (${(Buffer.byteLength(files['index.js']) / 1024).toFixed(0)} KiB)`,
      );
    }
  }
  if (check && differences > 0) {
    console.error(
      `${differences} file(s) in dist/ differ from a fresh build: run \`npm run build\` and commit the result.`,
    );
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

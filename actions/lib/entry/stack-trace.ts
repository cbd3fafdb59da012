// Stack traces of the minified bundles, pointed back at the TypeScript lines through the source maps
// the build commits beside each bundle (`index.js.map`, `<chunk>.index.js.map`). Read only when an
// unexpected error is shown with debug on, so start-up never pays for a source map.
import { existsSync, readFileSync } from 'node:fs';
import { SourceMap } from 'node:module';
import type { SourceMapPayload } from 'node:module';
import { dirname, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const FRAME_LOCATION = /(file:\/\/[^\s()]+|\/[^\s():]+)\.([cm]?js):(\d+):(\d+)/g;

function loadMap(file: string, cache: Map<string, SourceMap | undefined>): SourceMap | undefined {
  if (!cache.has(file)) {
    const mapFile = `${file}.map`;
    cache.set(
      file,
      existsSync(mapFile) ? new SourceMap(JSON.parse(readFileSync(mapFile, 'utf8')) as SourceMapPayload) : undefined,
    );
  }
  return cache.get(file);
}

/** The stack with each bundled location replaced by its source's (absolute path, 1-based line and column). */
export function sourceMappedStack(stack: string): string {
  const maps = new Map<string, SourceMap | undefined>();
  try {
    return stack.replace(FRAME_LOCATION, (whole, base: string, extension: string, line: string, column: string) => {
      const file = `${base.startsWith('file:') ? fileURLToPath(base) : base}.${extension}`;
      const map = loadMap(file, maps);
      const entry = map?.findEntry(Number(line) - 1, Number(column) - 1);
      if (!entry || !('originalSource' in entry)) return whole;
      const source = resolve(dirname(file), entry.originalSource);
      return `${source}:${entry.originalLine + 1}:${entry.originalColumn + 1}`;
    });
  } catch {
    // A missing or unreadable map must not hide the error being reported: the bundled stack it is.
    return stack;
  }
}

// Trims a bundle's source map to what an error's stack needs: positions in the repository's own files.
// Dependencies' code (node_modules, webpack's runtime) stays unmapped, marked as such so that a frame
// inside it is not attributed to the nearest TypeScript line before it; no `sourcesContent` (the
// sources are committed), no names. A map shrinks from ~0.9 MB to tens of KB.
const BASE64 = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/';

function decodeSegment(text) {
  const values = [];
  let value = 0;
  let shift = 0;
  for (const char of text) {
    const digit = BASE64.indexOf(char);
    if (digit < 0) throw new Error(`source map: bad mapping character "${char}"`);
    value += (digit & 31) << shift;
    if (digit & 32) shift += 5;
    else {
      values.push(value & 1 ? -(value >>> 1) : value >>> 1);
      value = 0;
      shift = 0;
    }
  }
  return values;
}

function encodeValue(number) {
  let rest = number < 0 ? (-number << 1) | 1 : number << 1;
  let text = '';
  do {
    let digit = rest & 31;
    rest >>>= 5;
    if (rest > 0) digit |= 32;
    text += BASE64[digit];
  } while (rest > 0);
  return text;
}

/** Sources of our own: anything but installed packages and the bundler's runtime. */
function isOwnSource(source) {
  return !source.includes('node_modules/') && !/(^|\/)webpack\//.test(source);
}

/** The map (JSON text) with only the repository's own sources mapped. */
export function ownSourcesOnly(json) {
  const map = JSON.parse(json);
  const sources = [];
  const sourceIndex = new Map();
  let source = 0;
  let line = 0;
  let column = 0;
  // What the encoder last wrote: every field but the generated column is relative across lines.
  const written = { source: 0, line: 0, column: 0 };
  const lines = map.mappings.split(';').map((text) => {
    let generated = 0;
    let writtenGenerated = 0;
    // A line whose first code is a dependency's gets a marker too, or the line before would claim it.
    let lastWasUnmapped = false;
    const out = [];
    for (const segment of text.split(',')) {
      if (segment === '') continue;
      const v = decodeSegment(segment);
      generated += v[0];
      if (v.length >= 4) {
        source += v[1];
        line += v[2];
        column += v[3];
      }
      const name = v.length >= 4 ? map.sources[source] : undefined;
      if (name === undefined || !isOwnSource(name)) {
        if (!lastWasUnmapped) {
          out.push(encodeValue(generated - writtenGenerated));
          writtenGenerated = generated;
          lastWasUnmapped = true;
        }
        continue;
      }
      if (!sourceIndex.has(name)) {
        sourceIndex.set(name, sources.length);
        sources.push(name);
      }
      const index = sourceIndex.get(name);
      out.push(
        encodeValue(generated - writtenGenerated) +
          encodeValue(index - written.source) +
          encodeValue(line - written.line) +
          encodeValue(column - written.column),
      );
      writtenGenerated = generated;
      Object.assign(written, { source: index, line, column });
      lastWasUnmapped = false;
    }
    return out.join(',');
  });
  let mappings = lines.join(';');
  // Node's parser reads a one-field segment at the very end as a mapped one: end with an empty line.
  const last = mappings.split(/[,;]/).pop();
  if (last && decodeSegment(last).length === 1) mappings += ';';
  return JSON.stringify({ version: 3, file: map.file, sources, names: [], mappings });
}

// Derived identifiers: numeric ids stable under edits of the world (hash of a name), GitHub's legacy node
// ids (base64 of "<len>:<Type><id>", which decode back for `nodes(ids)`), git blob shas, GHSA ids.
import { createHash } from 'node:crypto';

export function sha1(data: string | Buffer): string {
  return createHash('sha1').update(data).digest('hex');
}

/** Git's blob id: sha1 of "blob <size>\0<content>". */
export function gitBlobSha(content: Buffer): string {
  return createHash('sha1').update(`blob ${content.length}\0`).update(content).digest('hex');
}

export function fnv1a(text: string): number {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h >>> 0;
}

/** A stable id in [base, base + span) for a name; the allocator bumps on collision. */
export class IdAllocator {
  private readonly used = new Set<number>();
  private max: number;
  constructor(
    private readonly base: number,
    private readonly span: number,
  ) {
    this.max = base + span;
  }
  reserve(id: number): void {
    this.used.add(id);
    if (id > this.max) this.max = id;
  }
  has(id: number): boolean {
    return this.used.has(id);
  }
  derive(name: string): number {
    let id = this.base + (fnv1a(name) % this.span);
    while (this.used.has(id)) id++;
    this.reserve(id);
    return id;
  }
  /** An id above the derived range and every id in use (objects created through the API). */
  next(): number {
    this.max += 1;
    this.used.add(this.max);
    return this.max;
  }
}

export function nodeId(type: string, id: number | string): string {
  return Buffer.from(`${String(type.length).padStart(2, '0')}:${type}${id}`).toString('base64');
}

export function decodeNodeId(value: string): { type: string; id: string } | undefined {
  const text = Buffer.from(value, 'base64').toString('utf8');
  const m = /^(\d{2}):(.*)$/s.exec(text);
  if (!m) return undefined;
  const len = Number(m[1]);
  const rest = m[2]!;
  if (rest.length <= len) return undefined;
  return { type: rest.slice(0, len), id: rest.slice(len) };
}

/** Node id of an issue event: its GraphQL type is the event's name (labeled → LabeledEvent). */
export function eventNodeId(event: string, id: number): string {
  const type = event
    .split('_')
    .map((w) => w.charAt(0).toUpperCase() + w.slice(1))
    .join('');
  return nodeId(`${type}Event`, id);
}

const GHSA_ALPHABET = '23456789cfghjmpqrvwx';

/** A GHSA id in GitHub's alphabet, derived from a seed string. */
export function ghsaId(seed: string): string {
  const digest = createHash('sha256').update(seed).digest();
  const chars = [...digest.subarray(0, 12)].map((b) => GHSA_ALPHABET[b % GHSA_ALPHABET.length]!);
  return `GHSA-${chars.slice(0, 4).join('')}-${chars.slice(4, 8).join('')}-${chars.slice(8, 12).join('')}`;
}

/** Stable offset in days for defaulted timestamps. */
export function daysFrom(seed: string, span: number): number {
  return fnv1a(seed) % span;
}

// A bounded cache of what a pure reading of a text returned, by its key (the text and what else it depends on), handing
// out a fresh copy each time. Pages repeat sentences (a list's items, boilerplate, the same line in versions of a page),
// and several readers of one sentence ask the normalisers the same question: the second asking costs a copy.

/** What a copy keeps as it is: frozen objects (shared constants) and anything not a plain object or array. */
const kept = (value: object): boolean => Object.isFrozen(value) || (!Array.isArray(value) && Object.getPrototypeOf(value) !== Object.prototype);

/** Whether plain data reaches one object (that a copy would copy) twice. */
function reachesTwice(value: unknown, seen = new Set<object>()): boolean {
  if (typeof value !== 'object' || value === null || kept(value)) return false;
  if (seen.has(value)) return true;
  seen.add(value);
  const parts: unknown[] = Array.isArray(value) ? value : Object.values(value);
  for (const part of parts) if (reachesTwice(part, seen)) return true;
  return false;
}

/**
 * A deep copy of plain data (objects, arrays, primitives), as a new reading would build it; frozen objects and anything
 * not a plain object or array are kept as they are. With `seen`, an object reached twice is one object in the copy too.
 */
function copy(value: unknown, seen: Map<object, unknown> | undefined): unknown {
  if (typeof value !== 'object' || value === null || kept(value)) return value;
  if (seen) {
    const known = seen.get(value);
    if (known !== undefined) return known;
  }
  if (Array.isArray(value)) {
    const out: unknown[] = new Array(value.length);
    seen?.set(value, out);
    for (let i = 0; i < value.length; i++) out[i] = copy(value[i], seen);
    return out;
  }
  const out: Record<string, unknown> = {};
  seen?.set(value, out);
  for (const key of Object.keys(value)) out[key] = copy((value as Record<string, unknown>)[key], seen);
  return out;
}

interface Entry<V> {
  value: V;
  /** The value reaches one object twice: its copy must too. */
  shared: boolean;
}

/**
 * Results by key, at most about `2 × limit` of them: the newer half and the older half; a key found in the older half
 * moves to the newer, and when the newer half is full the older is dropped, so memory stays bounded over any corpus.
 * Each asking gets its own copy (see `copy`): a caller can change it, or tell its objects from another reading's, as
 * before the cache; the kept value is never handed out.
 */
export class TextMemo<V> {
  private newer = new Map<string, Entry<V>>();
  private older = new Map<string, Entry<V>>();

  constructor(private readonly limit = 8192) {}

  /** A copy of the value kept for `key`, or of `read()` (then kept) when there is none. */
  get(key: string, read: () => V): V {
    let entry = this.newer.get(key);
    if (entry === undefined) {
      entry = this.older.get(key);
      if (entry === undefined) {
        const value = read();
        entry = { value, shared: reachesTwice(value) };
      }
      this.keep(key, entry);
    }
    return copy(entry.value, entry.shared ? new Map() : undefined) as V;
  }

  private keep(key: string, entry: Entry<V>): void {
    if (this.newer.size >= this.limit) {
      this.older = this.newer;
      this.newer = new Map();
    }
    this.newer.set(key, entry);
  }
}

const identities = new WeakMap<object, number>();
let lastIdentity = 0;

/** A short name for an object's identity, for a key ('-' for no object): the same object, the same name. */
export function identityOf(value: unknown): string {
  if (typeof value !== 'object' || value === null) return '-';
  let id = identities.get(value);
  if (id === undefined) identities.set(value, (id = ++lastIdentity));
  return String(id);
}

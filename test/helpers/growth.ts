// Owns the linear-growth check the tests use instead of wall-clock bounds: work counted, not timed.
//
// The work of a call is the characters its pattern and string operations go through: each
// RegExp.prototype.exec (test, match, matchAll, replace, split and search all go through it while
// it is wrapped) counts the text from where it starts to the end of its match, or to the end of the
// text when it finds nothing; indexOf and its kin count what they scan, slice and its kin what they
// copy. The count is deterministic: a busy machine cannot change it. A linear function does ×16 the
// work for ×16 input; the check fails above ×16 × MARGIN. A scan restarted from every position, or a
// search to the end of the text for every sentence, grows ×256 and fails.
//
// Counting wraps RegExp.prototype.exec, and V8 then runs every pattern of the process on its slow
// path, even after the prototype is restored: measure last in a test file (each file has its process).
//
// What counting cannot see (backtracking inside one execution, loops without string operations)
// gets a CPU-time bound at the large size (process.cpuUsage, not the wall clock) far above the normal
// cost, and the long timed runs of npm run stress (test/stress/adversarial.test.ts).

/** How much more than linear growth a function may show before it fails. */
export const MARGIN = 1.5;
/** The size factor between the two measurements. */
export const FACTOR = 16;

export interface Work {
  /** Characters gone through by patterns and string operations. */
  chars: number;
  /** CPU ms of this process during the call. */
  cpuMs: number;
}

type Method = (this: string, ...args: unknown[]) => unknown;
const stringProto = String.prototype as unknown as Record<string, Method>;

/** String methods that scan: the characters from where they start to where they stop. */
const SCANS = ['indexOf', 'includes', 'startsWith', 'endsWith'] as const;
/** String methods that copy or convert: the characters of their result. */
const COPIES = ['slice', 'substring', 'toLowerCase', 'toUpperCase', 'normalize', 'trim'] as const;

/** The work of one call of `fn(input)`. */
export function countWork<T>(fn: (input: T) => unknown, input: T): Work {
  let chars = 0;
  const exec = RegExp.prototype.exec;
  const saved = [...SCANS, ...COPIES, 'lastIndexOf'].map((name) => [name, stringProto[name]!] as const);
  RegExp.prototype.exec = function (this: RegExp, text: string) {
    const from = this.global || this.sticky ? this.lastIndex : 0;
    const match = exec.call(this, text);
    const length = String(text).length;
    chars += Math.max(1, match ? match.index + match[0].length - from : this.sticky ? 1 : length - from);
    return match;
  };
  for (const name of SCANS) {
    const original = stringProto[name]!;
    stringProto[name] = function (this: string, ...args: unknown[]) {
      const result = original.apply(this, args);
      const from = typeof args[1] === 'number' ? args[1] : 0;
      chars += Math.max(1, name === 'indexOf' && result !== -1 ? (result as number) - from + String(args[0]).length : String(args[0]).length + (name === 'startsWith' || name === 'endsWith' ? 0 : this.length - from));
      return result;
    };
  }
  const lastIndexOf = stringProto.lastIndexOf!;
  stringProto.lastIndexOf = function (this: string, ...args: unknown[]) {
    const result = lastIndexOf.apply(this, args) as number;
    const from = typeof args[1] === 'number' ? Math.min(args[1], this.length) : this.length;
    chars += Math.max(1, from - Math.max(result, 0));
    return result;
  };
  for (const name of COPIES) {
    const original = stringProto[name]!;
    stringProto[name] = function (this: string, ...args: unknown[]) {
      const result = original.apply(this, args) as string;
      chars += Math.max(1, result.length);
      return result;
    };
  }
  const start = process.cpuUsage();
  try {
    fn(input);
  } finally {
    RegExp.prototype.exec = exec;
    for (const [name, original] of saved) stringProto[name] = original;
  }
  const used = process.cpuUsage(start);
  return { chars, cpuMs: (used.user + used.system) / 1000 };
}

export interface Growth {
  small: number;
  large: number;
  smallWork: Work;
  largeWork: Work;
}

/** The work of `fn` at `small` and FACTOR × `small` units. */
export function measureGrowth<T>(fn: (input: T) => unknown, make: (n: number) => T, small: number): Growth {
  return { small, large: small * FACTOR, smallWork: countWork(fn, make(small)), largeWork: countWork(fn, make(small * FACTOR)) };
}

/**
 * Why the growth is super-linear, or null: work over ×FACTOR × MARGIN (counted from at least the
 * input's size, so that a constant few operations never fail), or a large call over `maxCpuMs`.
 */
export function superLinear(g: Growth, maxCpuMs = 5000): string | null {
  const factor = g.large / g.small;
  const { smallWork: a, largeWork: b } = g;
  if (b.chars > Math.max(a.chars, g.small) * factor * MARGIN) {
    return `×${(b.chars / Math.max(a.chars, 1)).toFixed(1)} work for ×${factor} input (${a.chars} characters gone through at ${g.small}, ${b.chars} at ${g.large}; linear allows ×${factor * MARGIN})`;
  }
  if (b.cpuMs > maxCpuMs) return `${b.cpuMs.toFixed(0)} ms of CPU time at ${g.large} (bound ${maxCpuMs} ms, far above a linear cost)`;
  return null;
}

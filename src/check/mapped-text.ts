// A rewritten copy of the seller's draft that remembers, for every UTF-16 unit, which original units it came
// from. Every pass that normalises or de-obfuscates the draft goes through this, so a match found in the rewritten
// text can always be reported as offsets into the text the seller typed.

export interface MappedText {
  readonly text: string;
  /** Original start offset of the unit at each index of `text`. */
  readonly from: Int32Array;
  /** Original end offset (exclusive) of the unit at each index of `text`. */
  readonly to: Int32Array;
}

export interface Span { start: number; end: number }

/** Where a rewrite replaced something, in the coordinates of the rewritten text, with the rewrite's tag. */
export interface Edit extends Span { tag: string }

// 0, 1, 2, ...: the identity maps of every draft are windows on one shared array, so a long draft that needs no
// rewriting costs no maps of its own. Nothing writes into a view's maps (builders copy them).
let iota = new Int32Array(0);

export function identity(text: string): MappedText {
  if (iota.length < text.length + 1) {
    iota = new Int32Array(Math.max(text.length + 1, iota.length * 2, 4096));
    for (let i = 0; i < iota.length; i++) iota[i] = i;
  }
  return { text, from: iota.subarray(0, text.length), to: iota.subarray(1, text.length + 1) };
}

/** The original span behind [start, end) of `m`; null for an empty span. */
export function originalSpan(m: MappedText, start: number, end: number): Span | null {
  if (end <= start || start < 0 || end > m.text.length) return null;
  return { start: m.from[start]!, end: m.to[end - 1]! };
}

// Typed arrays: a draft is rewritten several times per keystroke, and plain arrays of numbers keep the garbage
// collector busy.
export class MappedBuilder {
  private readonly chars: string[] = [];
  private from: Int32Array;
  private to: Int32Array;
  private size = 0;

  constructor(expected = 64) {
    this.from = new Int32Array(Math.max(16, expected));
    this.to = new Int32Array(Math.max(16, expected));
  }

  private reserve(extra: number): void {
    if (this.size + extra <= this.from.length) return;
    const capacity = Math.max(this.from.length * 2, this.size + extra);
    const from = new Int32Array(capacity);
    const to = new Int32Array(capacity);
    from.set(this.from.subarray(0, this.size));
    to.set(this.to.subarray(0, this.size));
    this.from = from;
    this.to = to;
  }

  /** Append `s`; every unit of it stands for the original span [start, end). */
  push(s: string, start: number, end: number): void {
    this.reserve(s.length);
    this.chars.push(s);
    this.from.fill(start, this.size, this.size + s.length);
    this.to.fill(end, this.size, this.size + s.length);
    this.size += s.length;
  }

  /** Append units [a, b) of the original text unchanged. */
  pushOriginal(text: string, a: number, b: number): void {
    if (b <= a) return;
    this.reserve(b - a);
    this.chars.push(text.slice(a, b));
    for (let k = a; k < b; k++) { this.from[this.size] = k; this.to[this.size] = k + 1; this.size++; }
  }

  /** Append units [a, b) of `m` keeping their own mapping. */
  copy(m: MappedText, a: number, b: number): void {
    if (b <= a) return;
    this.reserve(b - a);
    this.chars.push(m.text.slice(a, b));
    this.from.set(m.from.subarray(a, b), this.size);
    this.to.set(m.to.subarray(a, b), this.size);
    this.size += b - a;
  }

  get length(): number { return this.size; }

  build(): MappedText {
    // Views, not copies: the builder is dropped once built, and a copy of a long draft's maps is most of a rewrite.
    return { text: this.chars.join(''), from: this.from.subarray(0, this.size), to: this.to.subarray(0, this.size) };
  }
}

/**
 * Replace every match of `re` (must be global) by what `replace` returns; null leaves the match as it is.
 * The replacement stands for the whole original span of the match.
 */
export function rewrite(m: MappedText, re: RegExp, replace: (match: RegExpExecArray) => string | null, tag = ''):
  { view: MappedText; edits: Edit[] } {
  // Made on the first replacement: most drafts have nothing to rewrite, and the maps are as long as the draft.
  let out: MappedBuilder | undefined;
  const edits: Edit[] = [];
  let last = 0;
  re.lastIndex = 0;
  for (let match = re.exec(m.text); match; match = re.exec(m.text)) {
    const a = match.index;
    const b = a + match[0].length;
    if (b === a) { re.lastIndex++; continue; }
    const replacement = replace(match);
    if (replacement === null) continue;
    out ??= new MappedBuilder(m.text.length + 16);
    out.copy(m, last, a);
    const at = out.length;
    out.push(replacement, m.from[a]!, m.to[b - 1]!);
    edits.push({ start: at, end: out.length, tag });
    last = b;
  }
  if (!out) return { view: m, edits };
  out.copy(m, last, m.text.length);
  return { view: out.build(), edits };
}

import type { Doc, Token } from '../../core/types.js';
import type { ContextRole, DateLexicon, DateWord, GrammarRole, Role, WordInfo } from './lexicon.js';

/**
 * Which proclitics a token may carry to match: none (inside a phrase), only the conjunction و
 * (a second member: والعشرين, وحتى), or any (the first word of a mention: وأمس, بالأمس, لعام).
 */
export type Clitics = 'none' | 'wa' | 'any';

/** A lexicon entry found at a token position. */
export interface WordMatch<I extends WordInfo = WordInfo> {
  info: I;
  /** One past the last token of the entry. */
  end: number;
  /** Start offset of the entry in the original text, after any proclitic. */
  start: number;
  /** The normalized proclitic that was read off the first token ('' for none). */
  prefix: string;
}

const DIGITS = /^\d+$/;

/** Whether a match read with its proclitic is allowed where `clitics` are. */
function allows(m: WordMatch, clitics: Clitics): boolean {
  return clitics === 'any' || m.prefix === '' || (clitics === 'wa' && m.prefix === 'و');
}

type InfoOf<R extends Role> = Extract<WordInfo, { role: R }>;

const NO_MATCHES: WordMatch[] = [];

/** Read access to a document's tokens through the date lexicon; caches nothing across documents. */
export class Reader {
  readonly tokens: readonly Token[];
  /** Per token, its matches once asked (see allMatches). */
  private readonly cache: (WordMatch[] | undefined)[];
  constructor(
    readonly doc: Doc,
    readonly lexicon: DateLexicon,
  ) {
    this.tokens = doc.tokens;
    this.cache = new Array<WordMatch[] | undefined>(doc.tokens.length).fill(undefined);
  }

  token(i: number): Token | undefined {
    return this.tokens[i];
  }

  /** Token norm, or '' past the end. */
  norm(i: number): string {
    return this.tokens[i]?.norm ?? '';
  }

  /** True when tokens i and j are in the same sentence (dates never cross a sentence end or a line). */
  together(i: number, j: number): boolean {
    const a = this.tokens[i];
    const b = this.tokens[j];
    return a !== undefined && b !== undefined && a.sentence === b.sentence;
  }

  /** True when token i+1 follows token i with no space between. */
  adjacent(i: number): boolean {
    const a = this.tokens[i];
    const b = this.tokens[i + 1];
    return a !== undefined && b !== undefined && a.end === b.start;
  }

  isPunct(i: number, chars: string): boolean {
    const t = this.tokens[i];
    return t !== undefined && (t.kind === 'punct' || t.kind === 'symbol') && chars.includes(t.norm);
  }

  /** Whether any reading of token i starts a lexicon entry: one Map lookup per reading, no allocation. */
  mayMatch(i: number): boolean {
    const token = this.tokens[i];
    if (!token || token.kind !== 'arabic') return false;
    const { byFirstWord } = this.lexicon;
    for (const reading of token.segmentations) if (byFirstWord.has(reading.stem)) return true;
    return false;
  }

  /** Every entry of the lexicon that matches at token i. */
  matches(i: number, clitics: Clitics = 'none'): WordMatch[] {
    const all = this.allMatches(i);
    if (clitics === 'any' || all.length === 0) return all;
    return all.filter((m) => allows(m, clitics));
  }

  /** All matches at token i with any proclitic reading, computed once per token. */
  private allMatches(i: number): WordMatch[] {
    const cached = this.cache[i];
    if (cached) return cached;
    const token = this.tokens[i];
    let out: WordMatch[] | undefined;
    if (token && token.kind === 'arabic' && this.mayMatch(i)) {
      for (const reading of token.segmentations) {
        const entries = this.lexicon.byFirstWord.get(reading.stem);
        if (!entries) continue;
        for (const entry of entries) {
          const end = this.phraseEnd(entry, i);
          if (end > 0) (out ??= []).push({ info: entry.info, end, start: reading.stemStart, prefix: reading.prefix });
        }
      }
    }
    // Most tokens match nothing: they share one empty list.
    return (this.cache[i] = out ?? NO_MATCHES);
  }

  private phraseEnd(entry: DateWord, i: number): number {
    const { words } = entry;
    for (let k = 1; k < words.length; k++) {
      if (this.norm(i + k) !== words[k] || !this.together(i, i + k)) return -1;
    }
    return i + words.length;
  }

  /** The longest entry of a role at token i. */
  find<R extends Role>(i: number, role: R, clitics: Clitics = 'none'): WordMatch<InfoOf<R>> | undefined {
    let best: WordMatch<InfoOf<R>> | undefined;
    // The grammar asks these at every step: the cached matches are read in place, not filtered into a new array.
    for (const m of this.allMatches(i)) {
      if (allows(m, clitics) && m.info.role === role && (!best || m.end > best.end || (m.end === best.end && m.prefix.length < best.prefix.length))) {
        best = m as WordMatch<InfoOf<R>>;
      }
    }
    return best;
  }

  /** The grammar word of a function at token i. */
  fn(i: number, fn: GrammarRole, clitics: Clitics = 'none'): WordMatch | undefined {
    let best: WordMatch | undefined;
    for (const m of this.allMatches(i)) {
      if (allows(m, clitics) && m.info.role === 'grammar' && m.info.fn === fn && (!best || m.end > best.end)) best = m;
    }
    return best;
  }

  /** Whether token i (whole, or its stem after proclitics) is a context word of a role. */
  isContext(i: number, context: ContextRole, clitics: Clitics = 'any'): boolean {
    for (const m of this.allMatches(i)) {
      if (allows(m, clitics) && m.info.role === 'context' && m.info.context === context && m.end === i + 1) return true;
    }
    return false;
  }

  /** The integer value of a plain digit token (no separators), or undefined. */
  digits(i: number): number | undefined {
    const token = this.tokens[i];
    if (!token || token.kind !== 'number' || !DIGITS.test(token.norm)) return undefined;
    return Number(token.norm);
  }
}

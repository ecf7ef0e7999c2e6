import { ENTITY_TYPES, type ArnerDocument, type Dateline, type EntityType, type Mention, type PublicMention } from '../core/types.js';
import { UsageError } from '../core/errors.js';
import { wordSet } from '../lexicon/words.js';
import { DEFAULT_RECOGNIZERS, lazyResources, RECOGNIZERS, type RecognizerResources } from '../recognizers/registry.js';
import type { Recognizer } from '../core/types.js';
import { detectDateline as detectNewsDateline } from '../recognizers/date/index.js';
import { analyze, type AnalyzedDoc } from './analyze.js';
import { detectLanguage } from './language.js';
import { summarizeEntities } from './link.js';
import { OVERLAP_POLICIES, type OverlapPolicy, type RankedMention } from './overlap.js';
import { linkShortForms } from './short-forms.js';

export interface ExtractorOptions {
  /** Recognizers to run, by name (see recognizers/registry.ts). Default: all of arner's. */
  recognizers?: readonly string[];
  /** Extra entity lexicons (TSV, same format as lexicons/entities/); an entry with a shipped id overrides it. */
  lexicons?: readonly string[];
  /** Only these types appear in the output. Default: all. */
  types?: readonly EntityType[];
  /** How overlapping candidates are resolved: a name from OVERLAP_POLICIES or a function. */
  overlapPolicy?: string | OverlapPolicy;
}

export interface ExtractOptions {
  /** Where the text came from: a path, "-" for stdin. */
  source?: string;
  /** An id carried through from the input (jsonl mode). */
  id?: string | number;
  /** Reference date for relative dates (YYYY-MM-DD). Default: the dateline's date, else none. */
  referenceDate?: string | null;
  /** The encoding the text was decoded from, reported in the output. */
  encoding?: string;
}

/** Whole words the tokenizer must not cut into clitics: single-word lexicon names and titles (بكين, وزير). */
function knownWordSet(lexiconWords: Iterable<string>): ReadonlySet<string> {
  return new Set([...lexiconWords, ...wordSet('titles')]);
}

/** Finds the news dateline; the date recognizer provides it. */
export type DatelineDetector = (doc: AnalyzedDoc) => Dateline | null;

/**
 * Extraction with resources loaded once: analyse the text, run the enabled recognizers, resolve
 * overlaps, link short forms, group mentions into entities.
 */
export class Extractor {
  private readonly resources: RecognizerResources;
  private readonly recognizers: Recognizer[];
  private readonly policy: OverlapPolicy;
  private readonly types: ReadonlySet<EntityType>;
  private readonly knownWords: (word: string) => boolean;

  constructor(
    options: ExtractorOptions = {},
    private readonly detectDateline: DatelineDetector = detectNewsDateline,
  ) {
    this.resources = lazyResources(options.lexicons ?? []);
    const names = options.recognizers ?? DEFAULT_RECOGNIZERS;
    this.recognizers = names.map((name) => {
      const factory = RECOGNIZERS[name];
      if (!factory) throw new UsageError(`unknown recognizer "${name}" (known: ${Object.keys(RECOGNIZERS).join(', ')})`);
      return factory(this.resources);
    });
    const policy = options.overlapPolicy ?? 'priority-then-longest';
    if (typeof policy === 'string' && !OVERLAP_POLICIES[policy]) {
      throw new UsageError(`unknown overlap policy "${policy}" (known: ${Object.keys(OVERLAP_POLICIES).join(', ')})`);
    }
    this.policy = typeof policy === 'string' ? OVERLAP_POLICIES[policy]! : policy;
    this.types = new Set(options.types ?? ENTITY_TYPES);
    const usesGazetteer = names.includes('gazetteer');
    // The tokenizer asks for every clitic reading of every word: one Set, built at first use, answers
    // what three lookups (gazetteer names, protected words, titles) would.
    let known: ReadonlySet<string> | undefined;
    this.knownWords = (word) => (known ??= knownWordSet(usesGazetteer ? this.resources.gazetteer().knownWords : [])).has(word);
  }

  /** Analyses a text into tokens and sentences with the lexicons' knowledge of whole words. */
  analyze(text: string): AnalyzedDoc {
    return analyze(text, { isKnownWord: this.knownWords });
  }

  extract(text: string, options: ExtractOptions = {}): ArnerDocument {
    const doc = this.analyze(text);
    const dateline = this.detectDateline(doc);
    const datelineDay = dateline?.date?.value && /^\d{4}-\d{2}-\d{2}$/.test(dateline.date.value) ? dateline.date.value : null;
    const referenceDate = options.referenceDate ?? datelineDay;
    const ctx = { referenceDate, dateline };

    const candidates: RankedMention[] = [];
    for (const recognizer of this.recognizers) {
      for (const mention of recognizer.recognize(doc, ctx)) candidates.push({ mention, priority: recognizer.priority });
    }
    let mentions = this.policy(candidates);
    if (this.recognizers.some((r) => r.name === 'gazetteer')) {
      mentions = linkShortForms(doc, mentions, this.resources.gazetteer());
    }
    const published = mentions.filter((m): m is PublicMention => this.types.has(m.type as EntityType));
    const result: ArnerDocument = {
      source: options.source ?? '-',
      ...(options.id !== undefined ? { id: options.id } : {}),
      ...(options.encoding ? { encoding: options.encoding } : {}),
      language: detectLanguage(text),
      referenceDate,
      ...(dateline ? { dateline } : {}),
      mentions: published,
      entities: summarizeEntities(published as Mention[]),
    };
    return result;
  }
}

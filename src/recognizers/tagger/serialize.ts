import { gunzipSync, gzipSync } from 'node:zlib';
import { ArnerError } from '../../core/errors.js';
import type { FeatureOptions } from './features.js';
import type { LexiconNames } from './lexicon-features.js';
import type { StageWeights, TaggerModel } from './model.js';
import { TAGS, TAG_COUNT } from './tags.js';

/**
 * The model file: gzip of
 *   "ARNERTAG1\n", uint32 header length, JSON header, then for each stage:
 *   float32 transitions, uint32 number of used buckets, uint32 byte length of the bucket gaps,
 *   the gaps between used buckets as unsigned LEB128 varints,
 *   then for each tag, the int16 quantized weight of every used bucket.
 * Only buckets with a non-zero quantized weight are stored; weights = int16 * scale.
 */

const MAGIC = 'ARNERTAG1\n';

interface Header {
  bits: number;
  tags: readonly string[];
  scale: number;
  stages: number;
  documentWindow: number;
  features: FeatureOptions;
  lexicons: LexiconNames;
  lexiconFingerprint: string;
  info: Record<string, string | number>;
}

export interface SerializeOptions {
  /** Buckets whose weights are all smaller than this (in absolute value) are dropped. */
  pruneBelow?: number;
}

export function serializeModel(model: TaggerModel, options: SerializeOptions = {}): Buffer {
  const prune = options.pruneBelow ?? 0;
  let max = 0;
  for (const { weights } of model.stages) for (let k = 0; k < weights.length; k++) max = Math.max(max, Math.abs(weights[k]!));
  const scale = max > 0 ? max / 32767 : 1;
  const header: Header = {
    bits: model.bits,
    tags: TAGS,
    scale,
    stages: model.stages.length,
    documentWindow: model.documentWindow,
    features: model.features,
    lexicons: model.lexicons,
    lexiconFingerprint: model.lexiconFingerprint,
    info: model.info,
  };
  const headerBytes = Buffer.from(JSON.stringify(header), 'utf8');
  const headerLength = Buffer.alloc(4);
  headerLength.writeUInt32LE(headerBytes.length);
  const parts: Buffer[] = [Buffer.from(MAGIC, 'latin1'), headerLength, headerBytes];
  for (const stage of model.stages) parts.push(...serializeStage(stage, model.bits, scale, prune));
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

function serializeStage(stage: StageWeights, bits: number, scale: number, prune: number): Buffer[] {
  const { weights } = stage;
  const used: number[] = [];
  for (let b = 0; b < 1 << bits; b++) {
    let keep = false;
    for (let t = 0; t < TAG_COUNT; t++) {
      const w = weights[b * TAG_COUNT + t]!;
      if (Math.abs(w) >= prune && Math.round(w / scale) !== 0) keep = true;
    }
    if (keep) used.push(b);
  }
  const gaps: number[] = [];
  let previous = -1;
  for (const b of used) {
    let gap = b - previous - 1;
    previous = b;
    while (gap >= 0x80) {
      gaps.push((gap & 0x7f) | 0x80);
      gap >>>= 7;
    }
    gaps.push(gap);
  }
  const values = new Int16Array(used.length * TAG_COUNT);
  for (let t = 0; t < TAG_COUNT; t++) {
    for (let u = 0; u < used.length; u++) values[t * used.length + u] = Math.round(weights[used[u]! * TAG_COUNT + t]! / scale);
  }
  const counts = Buffer.alloc(8);
  counts.writeUInt32LE(used.length, 0);
  counts.writeUInt32LE(gaps.length, 4);
  return [Buffer.from(new Float32Array(stage.transitions).buffer), counts, Buffer.from(gaps), Buffer.from(values.buffer)];
}

export function deserializeModel(file: Buffer, name = 'model'): TaggerModel {
  const body = gunzipSync(file);
  if (body.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new ArnerError('E_MODEL', `${name}: not an arner tagger model`);
  let at = MAGIC.length;
  const headerLength = body.readUInt32LE(at);
  at += 4;
  const header = JSON.parse(body.toString('utf8', at, at + headerLength)) as Header;
  at += headerLength;
  if (header.tags.join(' ') !== TAGS.join(' ')) throw new ArnerError('E_MODEL', `${name}: tag set ${header.tags.join(' ')} is not this version's`);
  const stages: StageWeights[] = [];
  for (let s = 0; s < header.stages; s++) {
    const transitions = new Float32Array((TAG_COUNT + 1) * TAG_COUNT);
    for (let k = 0; k < transitions.length; k++, at += 4) transitions[k] = body.readFloatLE(at);
    const usedCount = body.readUInt32LE(at);
    const gapBytes = body.readUInt32LE(at + 4);
    at += 8;
    const used = new Int32Array(usedCount);
    let previous = -1;
    let p = at;
    for (let u = 0; u < usedCount; u++) {
      let gap = 0;
      let shift = 0;
      let byte: number;
      do {
        byte = body[p++]!;
        gap |= (byte & 0x7f) << shift;
        shift += 7;
      } while (byte & 0x80);
      previous = previous + 1 + gap;
      used[u] = previous;
    }
    at += gapBytes;
    const values = new Int16Array(usedCount * TAG_COUNT);
    for (let k = 0; k < values.length; k++, at += 2) values[k] = body.readInt16LE(at);
    const weights = new Float32Array((1 << header.bits) * TAG_COUNT);
    for (let t = 0; t < TAG_COUNT; t++) {
      for (let u = 0; u < usedCount; u++) weights[used[u]! * TAG_COUNT + t] = values[t * usedCount + u]! * header.scale;
    }
    stages.push({ weights, transitions });
  }
  return {
    bits: header.bits,
    stages,
    documentWindow: header.documentWindow,
    features: header.features,
    lexicons: header.lexicons,
    lexiconFingerprint: header.lexiconFingerprint,
    info: header.info,
  };
}

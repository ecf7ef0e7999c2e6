import { gunzipSync, gzipSync } from 'node:zlib';
import { ArnerError } from '../../core/errors.js';
import type { FeatureOptions } from './features.js';
import type { LexiconNames } from './lexicon-features.js';
import { dequantize, quantizeModel, type QuantizedModel, type StageWeights, type TaggerModel } from './model.js';
import { TAGS, TAG_COUNT } from './tags.js';

/**
 * The model file: gzip of
 *   "ARNERTAG3\n", uint32 header length, JSON header, zero bytes up to a multiple of 4, then each
 *   stage's float32 transitions, then the int16 quantized weight of every (bucket, stage, tag) in
 *   the order of QuantizedModel.values.
 * Weights = int16 × the header's scale. Stored dense: hashing fills nearly every bucket, and the
 * layout lets the tagger read the weights in place, without decoding (see QuantizedModel).
 */

const MAGIC = 'ARNERTAG3\n';

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

export function serializeModel(model: TaggerModel): Buffer {
  const quantized = quantizeModel(model);
  const header: Header = {
    bits: model.bits,
    tags: TAGS,
    scale: quantized.scale,
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
  const padding = Buffer.alloc((4 - ((MAGIC.length + 4 + headerBytes.length) % 4)) % 4);
  const parts: Buffer[] = [Buffer.from(MAGIC, 'latin1'), headerLength, headerBytes, padding];
  for (const stage of model.stages) parts.push(Buffer.from(new Float32Array(stage.transitions).buffer));
  const { values } = quantized;
  parts.push(Buffer.from(values.buffer, values.byteOffset, values.byteLength));
  return gzipSync(Buffer.concat(parts), { level: 9 });
}

/** Reads a model file (gzip, as written by serializeModel) or its gunzipped body. */
export function deserializeModel(file: Buffer, name = 'model'): TaggerModel {
  const body = file[0] === 0x1f && file[1] === 0x8b ? gunzipSync(file) : file;
  if (body.toString('latin1', 0, MAGIC.length) !== MAGIC) throw new ArnerError('E_MODEL', `${name}: not an arner tagger model of this version`);
  let at = MAGIC.length;
  const headerLength = body.readUInt32LE(at);
  at += 4;
  const header = JSON.parse(body.toString('utf8', at, at + headerLength)) as Header;
  at += headerLength;
  at += (4 - (at % 4)) % 4;
  if (header.tags.join(' ') !== TAGS.join(' ')) throw new ArnerError('E_MODEL', `${name}: tag set ${header.tags.join(' ')} is not this version's`);
  const size = (1 << header.bits) * TAG_COUNT;
  const transitionCount = (TAG_COUNT + 1) * TAG_COUNT;
  if (body.length !== at + header.stages * (4 * transitionCount + 2 * size)) throw new ArnerError('E_MODEL', `${name}: truncated or corrupt model file`);
  const transitions: Float32Array[] = [];
  for (let s = 0; s < header.stages; s++) {
    transitions.push(new Float32Array(typedView(body, at, 4 * transitionCount, Float32Array)));
    at += 4 * transitionCount;
  }
  const quantized: QuantizedModel = { scale: header.scale, stageCount: header.stages, values: typedView(body, at, 2 * size * header.stages, Int16Array) };
  const stages = transitions.map((stageTransitions, s) => lazyStage(quantized, s, stageTransitions));
  return {
    bits: header.bits,
    stages,
    documentWindow: header.documentWindow,
    features: header.features,
    lexicons: header.lexicons,
    lexiconFingerprint: header.lexiconFingerprint,
    info: header.info,
    quantized,
  };
}

/**
 * A stage whose float weights are computed from the quantized values only when something reads
 * them (training code, penalizeOutside): tagging reads the quantized values themselves.
 */
function lazyStage(quantized: QuantizedModel, stage: number, transitions: Float32Array): StageWeights {
  let weights: Float32Array | undefined;
  return {
    transitions,
    get weights(): Float32Array {
      return (weights ??= dequantize(quantized, stage));
    },
  };
}

/** A typed array over `bytes` bytes of the buffer at `at`, in place when aligned, else copied. */
function typedView<A extends Int16Array | Float32Array>(
  buffer: Buffer,
  at: number,
  bytes: number,
  Type: { new (buffer: ArrayBufferLike, byteOffset: number, length: number): A; BYTES_PER_ELEMENT: number },
): A {
  const offset = buffer.byteOffset + at;
  if (offset % Type.BYTES_PER_ELEMENT === 0) return new Type(buffer.buffer, offset, bytes / Type.BYTES_PER_ELEMENT);
  const copy = new Uint8Array(bytes);
  copy.set(buffer.subarray(at, at + bytes));
  return new Type(copy.buffer, 0, bytes / Type.BYTES_PER_ELEMENT);
}

export { createTaggerRecognizer, taggedMentions, mentionStart } from './recognizer.js';
export { SequenceTagger } from './tagger.js';
export { shippedTagger, SHIPPED_MODEL_FILE } from './shipped.js';
export { trainTagger, DEFAULT_TRAIN_OPTIONS, type TrainOptions, type LabeledSentence } from './training.js';
export { serializeModel, deserializeModel } from './serialize.js';
export { TAGS, tagSpans, type Tag, type TagSpan, type EntityLabel } from './tags.js';
export type { TaggerModel } from './model.js';

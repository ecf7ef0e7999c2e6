/**
 * The recognizers that run when none are named, in the order they run (see registry.ts). Kept apart
 * from the registry, which loads every recognizer, so that code which only needs the names (the
 * batch runner's main thread) does not.
 */
export const DEFAULT_RECOGNIZERS: readonly string[] = ['gazetteer', 'rules', 'variants', 'date', 'tagger'];

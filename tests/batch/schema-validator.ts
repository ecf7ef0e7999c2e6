import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { Ajv, type ErrorObject } from 'ajv';
import { repoRoot } from '../helpers.js';

/** Validates one output record (a document or an error record) against schema/output.schema.json; returns the errors. */
export function outputValidator(): (record: unknown) => string[] {
  const ajv = new Ajv({ allErrors: true, allowUnionTypes: true });
  for (const name of ['document', 'error', 'output']) {
    ajv.addSchema(JSON.parse(readFileSync(join(repoRoot, 'schema', `${name}.schema.json`), 'utf8')), `${name}.schema.json`);
  }
  const validate = ajv.getSchema('output.schema.json')!;
  return (record) => (validate(record) ? [] : (validate.errors ?? []).map((e: ErrorObject) => `${e.instancePath} ${e.message}`));
}

import { readFileSync } from 'node:fs';
import { analyze } from '../src/pipeline/analyze.js';
import { createDateRecognizer } from '../src/recognizers/date/index.js';
const rec = createDateRecognizer();
const d = JSON.parse(readFileSync('fixtures/dates/news-sentences.json','utf8'));
const texts = [...d.examples.flatMap((e: any) => e.texts), ...d.negative];
for (const t of texts) { const s = Date.now(); process.stdout.write(t + ' ... '); rec.recognize(analyze(t), {referenceDate:'2016-06-24'}); console.log(Date.now()-s); }

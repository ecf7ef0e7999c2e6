import { analyze } from '/work/main/src/pipeline/analyze.js';
import { createDateRecognizer, detectDateline } from '/work/main/src/recognizers/date/index.js';
const rec = createDateRecognizer();
const ref = process.argv[2] === '-' ? null : process.argv[2]!;
for (const text of process.argv.slice(3)) {
  const doc = analyze(text);
  const ms = rec.recognize(doc, { referenceDate: ref });
  console.log(text, '=>', ms.map((m) => `[${m.text}] ${m.value} ${m.grain}${m.resolved ? '' : ' (unresolved)'} ${m.source.rule} ${m.attributes ? JSON.stringify(m.attributes) : ''}`).join(' | ') || '—');
}

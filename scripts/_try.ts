import { analyze } from '../src/pipeline/analyze.js';
import { createTaggerRecognizer } from '../src/recognizers/tagger/recognizer.js';
const r = createTaggerRecognizer();
for (const text of process.argv.slice(2)) {
  const doc = analyze(text);
  const t = performance.now();
  const ms = r.recognize(doc, { referenceDate: null });
  console.log(text, `(${(performance.now() - t).toFixed(0)} ms)`);
  for (const m of ms) console.log(' ', m.type, JSON.stringify(m.text), m.start, m.end, text.slice(m.start, m.end) === m.text);
}

import { describe, expect, it } from 'vitest';
import { Extractor } from '../../src/pipeline/extractor.js';
import { RULES } from '../../src/recognizers/rules/index.js';

/**
 * The pattern rules, one example corpus per family: each text with the mentions (type, text, rule)
 * it must yield, and texts that must yield no mention of the rule's type.
 */
const extractor = new Extractor({ recognizers: ['gazetteer', 'rules', 'variants'] });

interface Case {
  text: string;
  expect: [type: string, text: string, rule: string][];
}

const cases: Record<string, Case[]> = {
  'person:title': [
    { text: 'قال رئيس الوزراء الإسرائيلي بنيامين نتنياهو إن الحكومة ستجتمع.', expect: [['PERSON', 'بنيامين نتنياهو', 'lexicon:people']] },
    { text: 'وصرح وزير الخارجية البيروفي خوسيه غارسيا بيلاندي بأن بلاده تدعم الاتفاق.', expect: [['PERSON', 'خوسيه غارسيا بيلاندي', 'person:title']] },
    { text: 'استقبل الملك غازي الأول الوفد في بغداد.', expect: [['PERSON', 'غازي الأول', 'person:title']] },
    { text: 'وقال الرئيس المصري عبد الفتاح السيسي إن مصر تدعم الحل السياسي.', expect: [['PERSON', 'عبد الفتاح السيسي', 'lexicon:people']] },
    { text: 'أعلن الدكتور سالم بن خليفة الظاهري إطلاق البرنامج.', expect: [['PERSON', 'سالم بن خليفة الظاهري', 'person:title']] },
  ],
  'person:counterpart': [
    { text: 'التقى الوزير بنظيره الأوزبكي تيمور رحيموف في موسكو.', expect: [['PERSON', 'تيمور رحيموف', 'person:counterpart']] },
  ],
  'person:reporting-verb': [
    { text: 'وقال أحمد منصور إن الاجتماع كان مثمرا.', expect: [['PERSON', 'أحمد منصور', 'person:reporting-verb']] },
  ],
  'person:photo-credit': [
    { text: 'التقى الوزيران في الرياض. (شينخوا/وانغ جيان هوا)', expect: [['ORGANIZATION', 'شينخوا', 'lexicon:organizations'], ['PERSON', 'وانغ جيان هوا', 'person:photo-credit']] },
  ],
  'person:name-chain': [
    { text: 'وصل خالد بن سعيد الراشدي إلى المدينة.', expect: [['PERSON', 'خالد بن سعيد الراشدي', 'person:name-chain']] },
  ],
  'org:head': [
    { text: 'أعلنت وزارة الصناعة الأوزبكية عن خطة جديدة.', expect: [['ORGANIZATION', 'وزارة الصناعة الأوزبكية', 'org:head']] },
    { text: 'وقعت شركة أوزنفتغاز عقدا جديدا.', expect: [['ORGANIZATION', 'شركة أوزنفتغاز', 'org:head']] },
    { text: 'درس في جامعة طشقند الحكومية.', expect: [['ORGANIZATION', 'جامعة طشقند الحكومية', 'org:head']] },
  ],
  'place:head': [
    { text: 'وقع الزلزال في محافظة قشقداريا جنوب البلاد.', expect: [['PLACE', 'قشقداريا', 'place:head']] },
    { text: 'عقدت القمة في العاصمة الأوزبكية طشقند.', expect: [['PLACE', 'طشقند', 'lexicon:cities']] },
  ],
  'initiative:named-as': [
    { text: 'أطلقت الحكومة سياسة اقتصادية جديدة التي يطلق عليها اسم الطريق الأخضر وتخطيط ذلك جيدا.', expect: [['INITIATIVE', 'الطريق الأخضر', 'initiative:named-as']] },
  ],
  'initiative:quoted': [
    { text: 'أعلنت الوزارة برنامج "رواد المستقبل" للطلبة.', expect: [['INITIATIVE', 'رواد المستقبل', 'initiative:quoted']] },
  ],
  'initiative:vision-year': [
    { text: 'يأتي ذلك ضمن رؤية الإمارات 2071.', expect: [['INITIATIVE', 'رؤية الإمارات 2071', 'initiative:vision-year']] },
  ],
  'initiative:head': [
    { text: 'تدعم الحكومة مبادرة الممر الأخضر التي أطلقها البلدان.', expect: [['INITIATIVE', 'الممر الأخضر', 'initiative:head']] },
  ],
};

/** Texts where a careless rule would fire: nothing of the given type may come out. */
const negatives: [type: string, text: string][] = [
  ['PERSON', 'وقال مصدر مسؤول إن الاجتماع انتهى.'],
  ['PERSON', 'واضاف الرئيس أن الصين ترغب في التعاون.'],
  ['PERSON', 'وقال رئيس لجنة الدفاع إن القرار نهائي.'],
  ['PERSON', 'وهذا الملك يعلم أن الوضع صعب.'],
  ['PERSON', 'ودعا البلدين إلى تحقيق أفضل استخدام للنمط الجديد.'],
  ['PLACE', 'أصبحت مدينة كبيرة في منطقة عازلة.'],
  ['PLACE', 'وتأتي هذه الجهود وسط جهود لتعزيز التعاون.'],
  ['ORGANIZATION', 'أعلنت وزارة الصناعة أن الإنتاج ارتفع.'],
  ['ORGANIZATION', 'دعا إلى عقد مؤتمر دولي لبحث الأزمة.'],
  ['INITIATIVE', 'بين استراتيجيات التنمية وسياسة الصين الخارجية.'],
];

describe('every rule id has examples', () => {
  it('RULES and the corpus name the same rules (place:dateline needs a dateline, tested with the date recognizer)', () => {
    expect(Object.keys(RULES).filter((id) => id !== 'place:dateline').sort()).toEqual(Object.keys(cases).sort());
  });
});

describe.each(Object.entries(cases))('%s', (_rule, examples) => {
  it.each(examples.map((c) => [c.text, c] as const))('%s', (_text, c) => {
    const doc = extractor.extract(c.text);
    const found = doc.mentions.map((m) => [m.type, m.text, m.source.rule ?? m.source.recognizer]);
    for (const expected of c.expect) expect(found).toContainEqual(expected);
    for (const m of doc.mentions) expect(c.text.slice(m.start, m.end)).toBe(m.text);
  });
});

describe('negative examples', () => {
  it.each(negatives)('no %s in: %s', (type, text) => {
    const doc = extractor.extract(text);
    expect(doc.mentions.filter((m) => m.type === type).map((m) => m.text)).toEqual([]);
  });
});

/**
 * The date grammar: rules indexed by the roles of the words that can start them, so a token that
 * is neither a number nor a date word is rejected after its lexicon lookups. At each candidate
 * token the rules it triggers are tried and the longest reading wins (ties go to the earlier rule
 * in RULE_ORDER); the reading is then extended by what may follow a day (a part of the day, a
 * clock time, "الموافق" and the same date in another calendar).
 */
import type { GrammarRole, Role } from './lexicon.js';
import type { Reader } from './reader.js';
import { dayMonth, monthRule, numericDate, yearRule } from './rules/calendar.js';
import type { Parse } from './rules/parse.js';
import { centuryRule, decadeRule, halfYearRule, hijriHalfRule, periodPartRule, quarterRule } from './rules/periods.js';
import { holidayRule, seasonRule } from './rules/named.js';
import { rangeRule } from './rules/range.js';
import { agoLaterRule, deicticRule, relativePeriodRule, weekdayRule } from './rules/relative.js';
import { clockTimeRule, partOfDayAfter, partOfDayRule } from './rules/time.js';

type RuleFn = (r: Reader, i: number) => Parse | undefined;

interface Rule {
  id: string;
  parse: RuleFn;
}

const RULES: Record<string, Rule> = {
  range: { id: 'range', parse: (r, i) => rangeRule(r, i, parseSimple) },
  dayMonth: { id: 'day-month', parse: dayMonth },
  weekday: { id: 'weekday', parse: weekdayRule },
  deictic: { id: 'deictic-day', parse: (r, i) => deicticRule(r, i) },
  numeric: { id: 'numeric-date', parse: (r, i) => numericDate(r, i) },
  clock: { id: 'clock-time', parse: (r, i) => clockTimeRule(r, i) },
  partOfDay: { id: 'part-of-day', parse: partOfDayRule },
  month: { id: 'month', parse: (r, i) => monthRule(r, i) },
  year: { id: 'year', parse: (r, i) => yearRule(r, i) },
  quarter: { id: 'quarter', parse: quarterRule },
  halfYear: { id: 'half-year', parse: halfYearRule },
  hijriHalf: { id: 'hijri-mid-month', parse: hijriHalfRule },
  periodPart: { id: 'period-part', parse: periodPartRule },
  relativePeriod: { id: 'relative-period', parse: relativePeriodRule },
  agoLater: { id: 'ago', parse: agoLaterRule },
  decade: { id: 'decade', parse: decadeRule },
  century: { id: 'century', parse: centuryRule },
  season: { id: 'season', parse: seasonRule },
  holiday: { id: 'holiday', parse: holidayRule },
};

/** Tie-break order: on equal length, the earlier rule's reading is kept (أول يوليو is a day, not "start of July"). */
const RANK: ReadonlyMap<Rule, number> = new Map(Object.values(RULES).map((rule, rank) => [rule, rank]));

/** Which rules a word role (or a grammar function) can start. */
const TRIGGERS: ReadonlyMap<Role | GrammarRole | 'number', readonly Rule[]> = new Map<Role | GrammarRole | 'number', Rule[]>([
  ['number', [RULES.range!, RULES.dayMonth!, RULES.numeric!, RULES.clock!, RULES.year!]],
  ['month', [RULES.month!]],
  ['weekday', [RULES.weekday!]],
  ['ordinal', [RULES.dayMonth!, RULES.clock!]],
  ['cardinal', [RULES.clock!]],
  ['deictic', [RULES.deictic!]],
  ['part-of-day', [RULES.partOfDay!]],
  ['fixed-time', [RULES.clock!]],
  ['period-part', [RULES.periodPart!]],
  ['decade', [RULES.decade!]],
  ['period', [RULES.relativePeriod!, RULES.decade!]],
  ['relative', [RULES.relativePeriod!, RULES.partOfDay!, RULES.weekday!, RULES.season!]],
  ['season', [RULES.season!]],
  ['holiday', [RULES.holiday!]],
  ['unit', [RULES.decade!]],
  ['from', [RULES.range!]],
  ['between', [RULES.range!]],
  ['dual-word', [RULES.range!]],
  ['year-word', [RULES.year!, RULES.range!]],
  ['month-word', [RULES.month!, RULES.range!]],
  ['day-word', [RULES.dayMonth!, RULES.weekday!, RULES.range!]],
  ['hour-word', [RULES.clock!]],
  ['ago', [RULES.agoLater!]],
  ['later', [RULES.agoLater!]],
  ['quarter-head', [RULES.quarter!]],
  ['half-head', [RULES.halfYear!, RULES.hijriHalf!]],
  ['century-head', [RULES.century!]],
  ['season-word', [RULES.season!]],
]);

const byRank = (a: Rule, b: Rule): number => RANK.get(a)! - RANK.get(b)!;
const NUMBER_RULES: readonly Rule[] = [...TRIGGERS.get('number')!].sort(byRank);
const NUMBER_RULES_NO_RANGE: readonly Rule[] = NUMBER_RULES.filter((rule) => rule !== RULES.range);

/** The rules that token i can start (empty for most tokens). */
function triggeredRules(r: Reader, i: number, includeRange: boolean): readonly Rule[] {
  const token = r.token(i);
  if (!token || (token.kind !== 'number' && !r.mayMatch(i))) return [];
  if (token.kind === 'number') return includeRange ? NUMBER_RULES : NUMBER_RULES_NO_RANGE;
  // Most date words met here are function words (في, على, التي) whose roles start no rule: no set is made for them.
  let rules: Set<Rule> | undefined;
  if (token.kind === 'arabic') {
    for (const m of r.matches(i, 'any')) {
      const triggered = TRIGGERS.get(m.info.role === 'grammar' ? m.info.fn : m.info.role);
      if (!triggered) continue;
      rules ??= new Set();
      for (const rule of triggered) rules.add(rule);
    }
  }
  if (!rules) return [];
  if (!includeRange) rules.delete(RULES.range!);
  return [...rules].sort(byRank);
}

function isDay(parse: Parse): boolean {
  const { spec } = parse.expr;
  if (parse.expr.time) return false;
  switch (spec.kind) {
    case 'weekday':
      return true;
    case 'shift':
      return spec.unit === 'day';
    case 'calendar':
    case 'hijri':
      return spec.day !== undefined;
    default:
      return false;
  }
}

/** A clock time after a day: الجمعة الساعة العاشرة, 24 يونيو في الساعة 10 صباحا, اليوم عند 8 مساء. */
function timeAfter(r: Reader, parse: Parse): Parse | undefined {
  let k = parse.end;
  if (r.isPunct(k, '،,')) k++;
  for (let n = 0; n < 2 && r.fn(k, 'at', 'wa'); n++) k++;
  if (!r.together(parse.first, k)) return undefined;
  const time = parse.expr.part ? clockTimeRule(r, k, { attachDay: false, defaultPart: parse.expr.part }) : clockTimeRule(r, k, { attachDay: false });
  if (!time || !time.expr.time) return undefined;
  const expr = { ...parse.expr, time: time.expr.time };
  delete expr.part;
  if (time.expr.timezone) expr.timezone = time.expr.timezone;
  return { ...parse, end: time.end, rule: `${parse.rule}+clock-time`, expr };
}

/** "الموافق" and the same date in the other calendar: 15 رمضان 1437 هـ الموافق 20 يونيو 2016. */
function equalsAfter(r: Reader, parse: Parse): Parse | undefined {
  let k = parse.end;
  if (r.isPunct(k, '،,-')) k++;
  const equals = r.fn(k, 'equals', 'wa');
  if (!equals || !r.together(parse.first, equals.end)) return undefined;
  const other = parseSimple(r, equals.end, false);
  if (!other) return undefined;
  const a = parse.expr.spec;
  const b = other.expr.spec;
  const rule = `${parse.rule}+equals`;
  if (a.kind === 'hijri' && b.kind !== 'hijri') return { ...parse, end: other.end, rule, expr: { ...other.expr, hijri: a } };
  if (b.kind === 'hijri' && a.kind !== 'hijri') return { ...parse, end: other.end, rule, expr: { ...parse.expr, hijri: b } };
  // Same calendar (الجمعة الموافق 24 يونيو): the explicit date wins, the weekday stays an attribute.
  if (a.kind === 'weekday') return { ...parse, end: other.end, rule, expr: { ...other.expr, weekday: a.weekday } };
  return { ...parse, end: other.end, rule };
}

/** The best reading at token i of one date (no range), with its extensions. */
export function parseSimple(r: Reader, i: number, withEquals = true): Parse | undefined {
  return parseWith(r, i, triggeredRules(r, i, false), withEquals);
}

function parseWith(r: Reader, i: number, rules: readonly Rule[], withEquals: boolean): Parse | undefined {
  let best: Parse | undefined;
  for (const rule of rules) {
    const parse = rule.parse(r, i);
    if (parse && (!best || parse.end > best.end)) best = parse;
  }
  if (!best) return undefined;
  if (isDay(best)) {
    best = partOfDayAfter(r, best) ?? best;
    best = timeAfter(r, best) ?? best;
  }
  if (withEquals) best = equalsAfter(r, best) ?? best;
  return best;
}

/** The best reading of a date or range starting at token i, or undefined. */
export function parseAt(r: Reader, i: number, afterDate: boolean): Parse | undefined {
  const rules = triggeredRules(r, i, true);
  if (rules.length === 0) return undefined;
  const parse = parseWith(r, i, rules, true);
  if (parse) return parse;
  // A year joined to the date before it: عامي 2014 و2016, في 2010 و2012.
  if (afterDate) return yearRule(r, i, { afterDate: true });
  return undefined;
}

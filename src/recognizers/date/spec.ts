/**
 * What a date expression means, before resolution against a reference date. The grammar builds
 * these; resolve.ts turns them into ISO values.
 */

export type Unit = 'minute' | 'hour' | 'day' | 'week' | 'month' | 'quarter' | 'year' | 'decade' | 'century';

/** past = the last one before the reference; future = the first one after; current = the one containing it. */
export type Direction = 'past' | 'future' | 'current';

/** TIMEX3 modifiers: part of a period (START/MID/END) or an approximate quantity. */
export type Mod = 'START' | 'MID' | 'END' | 'APPROX' | 'MORE_THAN' | 'LESS_THAN';

export type PartOfDay = 'dawn' | 'morning' | 'noon' | 'afternoon' | 'evening' | 'night';

export type DateSpec =
  /**
   * A Gregorian date, possibly partial. A missing year comes from `yearOffset` (مارس من العام
   * الماضي), else `direction` (مارس الماضي), else the reference year; a missing month from
   * `monthOffset` (العاشر من الشهر الماضي), else the reference month.
   */
  | {
      kind: 'calendar';
      year?: number;
      month?: number;
      day?: number;
      direction?: Direction;
      yearOffset?: number;
      monthOffset?: number;
    }
  /** A Hijri (Umm al-Qura) date, possibly partial; a month or a year alone is a range of days. */
  | { kind: 'hijri'; year?: number; month?: number; day?: number; direction?: Direction }
  /** A weekday (ISO 1 = Monday ... 7 = Sunday). No direction: see resolve.ts (bare weekdays). */
  | { kind: 'weekday'; weekday: number; direction?: Direction; extraWeeks?: number; futureCue?: boolean; weekOffset?: number }
  /** The reference date's unit shifted by `amount` (اليوم 0 day, أمس -1 day, قبل 5 أعوام -5 year). */
  | { kind: 'shift'; unit: Unit; amount: number }
  | { kind: 'quarter'; quarter: number; year?: number; yearOffset?: number }
  | { kind: 'half-year'; half: 1 | 2; year?: number; yearOffset?: number }
  /** A decade: `decade` = first three digits (199); else `digit` with the century from `century` or the reference. */
  | { kind: 'decade'; decade?: number; digit?: number; century?: number; centuryOffset?: number }
  /** An ordinal century (21 = the twenty-first century, 2000-2099 in TIMEX3 style "20XX"). */
  | { kind: 'century'; century?: number; offset?: number }
  /** A season as a month range (start..end, crossing the year for winter); `year` = the year it ends in. */
  | { kind: 'season'; start: number; end: number; year?: number; yearOffset?: number; direction?: Direction }
  | { kind: 'time-only' }
  | { kind: 'range'; from: DateExpr; to: DateExpr };

export interface TimeOfDay {
  hour: number;
  minute?: number;
}

/** A date expression: its date and what qualifies it. */
export interface DateExpr {
  spec: DateSpec;
  time?: TimeOfDay;
  part?: PartOfDay;
  mod?: Mod;
  timezone?: string;
  /** The Hijri form of a Gregorian date written beside it (الموافق), kept as an attribute. */
  hijri?: DateSpec & { kind: 'hijri' };
  /** Weekday written with the date (الجمعة 24 يونيو), kept as an attribute. */
  weekday?: number;
}

import type { EntityType } from '../core/types.js';

/** How each entity type is shown to people: one place, shared by the terminal view and the HTML report. */
export interface TypeStyle {
  /** Terminal colour (a chalk foreground colour name). */
  terminal: 'magentaBright' | 'greenBright' | 'cyanBright' | 'yellowBright' | 'redBright';
  /** HTML highlight: background and a darker border/accent. */
  background: string;
  accent: string;
  /** One-line description for legends. */
  description: string;
}

export const TYPE_STYLES: Record<EntityType, TypeStyle> = {
  PERSON: { terminal: 'magentaBright', background: '#f6dcf3', accent: '#9c2a8f', description: 'people' },
  PLACE: { terminal: 'greenBright', background: '#d5f2d7', accent: '#1d7a2c', description: 'countries, cities, regions' },
  ORGANIZATION: { terminal: 'cyanBright', background: '#d3ecf7', accent: '#166b8f', description: 'organizations, agencies, parties' },
  DATE: { terminal: 'yellowBright', background: '#fbeec2', accent: '#8a6200', description: 'dates, with their ISO value' },
  INITIATIVE: { terminal: 'redBright', background: '#fbdcd2', accent: '#a33a17', description: 'initiatives, programmes, policies' },
};

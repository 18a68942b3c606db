/**
 * Every glossary data file, imported statically so the same list works in Vite/WXT, Vitest and
 * tsx (the CLI has no import.meta.glob). Adding a domain file means adding one line here;
 * scripts/check-glossary.ts fails when a *.json in this folder is missing from this list.
 */
import type { GlossaryFile } from '../schema';
import economy from './economy.json';
import institutions from './institutions.json';
import lawPolitics from './law-politics.json';
import media from './media.json';
import military from './military.json';
import organisations from './organisations.json';
import scienceHealth from './science-health.json';
import thinkTanks from './think-tanks.json';
import treaties from './treaties.json';

/** File name (without .json) -> contents; the JSON's inferred types are wider than the schema. */
export const GLOSSARY_FILES: Readonly<Record<string, GlossaryFile>> = {
  treaties: treaties as unknown as GlossaryFile,
  organisations: organisations as unknown as GlossaryFile,
  institutions: institutions as unknown as GlossaryFile,
  media: media as unknown as GlossaryFile,
  military: military as unknown as GlossaryFile,
  economy: economy as unknown as GlossaryFile,
  'law-politics': lawPolitics as unknown as GlossaryFile,
  'science-health': scienceHealth as unknown as GlossaryFile,
  'think-tanks': thinkTanks as unknown as GlossaryFile,
};

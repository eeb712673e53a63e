/**
 * The curated fact file, typed. Import this module lazily from pages that need it: it is the largest piece of
 * data in the app and no page needs it for first paint.
 */
import data from './facts.json';
import type { FactFile } from './types';

export const factFile = data as unknown as FactFile;

/**
 * The curated fact file, typed, for code that runs at build time or in Node (prerendering, scripts, tests). The
 * browser gets it as a JSON asset through `$lib/fact-file` instead, so it is never bundled as JavaScript.
 */
import data from './facts.json';
import type { FactFile } from './types';

export const factFile = data as unknown as FactFile;

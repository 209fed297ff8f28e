// English: the sentences stay where the situations write them, so this table has no phrases of its own.
import { pct, span } from '../words.ts';
import type { Words } from './types.ts';

export const EN: Words = { locale: 'en-US', span, pct, phrases: {} };

/** The shapes JSON and CSL-JSON exports write keywords in: one text ("a, b" or "a; b") or a list of texts. */
import { z } from 'zod';

export const keywordsField = z.union([z.string(), z.array(z.string())]).nullish();

export const KEYWORDS_EXPECTED = 'text ("a, b" or "a; b") or a list of texts';

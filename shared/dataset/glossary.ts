import { z } from 'zod';

/**
 * The bilingual glossary of acronyms and named bodies that appear in the dataset, written
 * by us, validated, bundled with the dataset. `terms` are the exact strings recognised in
 * each language's text (acronyms are matched as whole words, case-sensitively).
 */
const TermListSchema = z.array(z.string().min(1)).min(1);

export const GlossaryEntrySchema = z.strictObject({
  id: z.string().regex(/^[a-z0-9-]+$/),
  kind: z.enum(['acronym', 'name']),
  terms: z.strictObject({ fr: TermListSchema, en: TermListSchema }),
  expansion: z.strictObject({ fr: z.string().min(1), en: z.string().min(1) }),
  definition: z.strictObject({ fr: z.string().min(1).max(300), en: z.string().min(1).max(300) }),
  /** Where the definition's dates and memberships can be checked: the body's or instrument's own page. */
  source: z.url({ protocol: /^https?$/ }),
});
export type GlossaryEntry = z.infer<typeof GlossaryEntrySchema>;

export const GlossaryFileSchema = z
  .strictObject({
    format: z.literal(1),
    entries: z.array(GlossaryEntrySchema).min(1),
  })
  .refine((file) => new Set(file.entries.map((entry) => entry.id)).size === file.entries.length, {
    message: 'glossary ids must be unique',
  });
export type GlossaryFile = z.infer<typeof GlossaryFileSchema>;

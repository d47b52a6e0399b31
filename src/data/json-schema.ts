// The published JSON Schema (public/data/schema.json), generated from the validation schema.
import { toJsonSchema } from '@valibot/to-json-schema';
import { CompetitionSchema } from './schema.ts';

export function buildJsonSchema(): object {
  return {
    ...toJsonSchema(CompetitionSchema, { errorMode: 'ignore' }),
    title: 'Llave competition',
    description:
      'A two-legged knockout qualifying competition: teams, stages with their draws, ties with both legs, shoot-outs, walkovers, progression and data notes. Generated from src/data/schema.ts; see README "Data format".',
  };
}

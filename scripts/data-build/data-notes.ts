// Data notes from a fact sheet: each entry of its `inconsistencies` becomes one or more notes, by the
// competition's note specs (note-specs.ts), then one note per stage whose pots were reconstructed.
import type { DataNote } from '../../src/domain/types.ts';
import type { FactSheet, SheetInconsistency, SheetTie } from './fact-sheet.ts';
import { asList, plainText, sourceLabel } from './sheet-text.ts';

/** What a spec's `notes` builder may read besides the entry. */
export interface NoteContext {
  sheet: FactSheet;
  /** Every tie of the sheet, stage by stage. */
  ties: readonly SheetTie[];
  /** A team's label, with its country where another team shares the name (src/domain/team-labels.ts). */
  teamName: (id: string) => string;
  stageName: (id: string) => string;
}

/**
 * How an inconsistency becomes notes. `match` picks the entry by its `what`; `about` scopes a single
 * note; `notes(entry, context)` builds several.
 */
export type NoteSpec = { match: RegExp } & (
  | { id: string; about: DataNote['about'] }
  | { notes: (entry: SheetInconsistency, context: NoteContext) => DataNote[] }
);

export function note(
  id: string,
  about: DataNote['about'],
  source: string,
  text: string,
  resolution: string | null | undefined,
): DataNote {
  return { id, about, source, text: plainText(text), resolution: resolution ? plainText(resolution) : null };
}

export const tie = (id: string): DataNote['about'] => ({ tie: id });
export const team = (id: string): DataNote['about'] => ({ team: id });
export const stage = (id: string): DataNote['about'] => ({ stage: id });
export const competition: DataNote['about'] = { competition: true };

/** Where the seed's pot tables were cut or absent, say how the pots were reconstructed. */
function potNotes(sheet: FactSheet): DataNote[] {
  return sheet.stages.flatMap((s) => {
    if (!s.draw?.pots_source) return [];
    const open = asList(s.draw.unconfirmed).map((f) => f.replace(/_/g, ' '));
    return [
      note(
        `pots-${s.id}`,
        stage(s.id),
        'seed article',
        s.draw.pots_source,
        open.length > 0 ? `Not confirmed: ${open.join(', ')}.` : null,
      ),
    ];
  });
}

/**
 * The sheet's notes. Every spec must match exactly one entry and every entry must be matched, so an
 * edited sheet fails loudly instead of losing a note.
 */
export function buildNotes(sheet: FactSheet, context: NoteContext, specs: readonly NoteSpec[]): DataNote[] {
  const id = sheet.competition.id;
  const used = new Set<NoteSpec>();
  const notes: DataNote[] = [];
  for (const entry of sheet.inconsistencies ?? []) {
    const matching = specs.filter((s) => s.match.test(entry.what));
    const spec = matching[0];
    if (matching.length !== 1 || !spec) {
      throw new Error(`${id}: ${matching.length} note specs match "${entry.what}"`);
    }
    used.add(spec);
    if ('notes' in spec) notes.push(...spec.notes(entry, context));
    else notes.push(note(spec.id, spec.about, sourceLabel(entry.where), entry.what, entry.resolution));
  }
  const unused = specs.filter((s) => !used.has(s));
  if (unused.length > 0) throw new Error(`${id}: unused note specs ${unused.map((s) => s.match).join(',')}`);
  notes.push(...potNotes(sheet));
  const ids = notes.map((n) => n.id);
  const duplicate = ids.find((noteId, i) => ids.indexOf(noteId) !== i);
  if (duplicate) throw new Error(`${id}: duplicate note id ${duplicate}`);
  return notes;
}

// How each competition's fact-sheet inconsistencies become data notes (see data-notes.ts): one spec
// per entry of the sheet's `inconsistencies`, found by a pattern of its `what`.
import { slug } from '../../src/domain/text.ts';
import type { DataNote } from '../../src/domain/types.ts';
import { competition, note, stage, team, tie, type NoteContext, type NoteSpec } from './data-notes.ts';
import { tieId, type SheetInconsistency } from './fact-sheet.ts';
import { hostOf, sourceLabel } from './sheet-text.ts';

/** A tie id as part of a note id (ids of the format hold at most 80 characters). */
const idPart = (tieKey: string) => slug(tieKey, 80);

/** One note per tie decided on penalties: the seed gives no score; say where the score comes from. */
function shootOutNotes(entry: SheetInconsistency, context: NoteContext): DataNote[] {
  const { sources } = context.sheet;
  const generic = sources.find((s) => /shoot-outs/.test(s.used_for ?? ''));
  return context.ties
    .filter((t) => t.decided_by === 'penalties')
    .map((t) => {
      const id = tieId(t);
      const specific = sources.find((s) => new RegExp(`\\b${id}\\b.*shoot-out`).test(s.used_for ?? ''));
      const source = specific?.url ? hostOf(specific.url) : (generic?.site ?? null);
      const loser = t.teams.find((x) => x !== t.winner);
      const [winnerKicks, loserKicks] = [t.winner, loser].map((x) => (x ? t.penalties?.[x] : undefined));
      if (!t.winner || winnerKicks === undefined || loserKicks === undefined) {
        throw new Error(`${id}: decided on penalties without a winner and both teams' kicks`);
      }
      return note(
        `seed-shoot-out-${idPart(id)}`,
        tie(id),
        sourceLabel(entry.where),
        "The seed article says only 'won on penalties', without the shoot-out score.",
        `${context.teamName(t.winner)} won the shoot-out ${winnerKicks}–${loserKicks}, from match reports${source ? ` (${source})` : ''}.`,
      );
    });
}

/** The walkovers missing from the seed: one note on the stage, one on each walkover tie. */
function walkoverNotes(entry: SheetInconsistency, context: NoteContext): DataNote[] {
  const walkovers = context.ties.filter((t) => t.decided_by === 'walkover');
  const stageId = context.sheet.stages.find((s) => walkovers[0] && s.ties.includes(walkovers[0]))?.id;
  if (!stageId) throw new Error(`${context.sheet.competition.id}: no walkover to note`);
  return [
    note('seed-missing-walkovers', stage(stageId), sourceLabel(entry.where), entry.what, entry.resolution),
    ...walkovers.map((t) => {
      const [a, b] = t.teams.map(context.teamName);
      if (!t.winner) throw new Error(`${tieId(t)}: a walkover without a winner`);
      const winner = context.teamName(t.winner);
      return note(
        `seed-missing-walkover-${idPart(tieId(t))}`,
        tie(tieId(t)),
        sourceLabel(entry.where),
        `The seed article's ${context.stageName(stageId).toLowerCase()} omits this tie (${a} v ${b}, not played), yet ${winner} appears in the next round.`,
        t.notes,
      );
    }),
  ];
}

export const NOTE_SPECS: Readonly<Record<string, readonly NoteSpec[]>> = {
  'libertadores-2024-qualifying': [
    { match: /pot tables are truncated/, id: 'seed-pot-tables-truncated', about: competition },
    { match: /carry no tie IDs/, id: 'seed-no-tie-ids', about: competition },
    {
      match: /both printed 'Nacional'/,
      notes: (entry, context) => {
        const nacional = context.sheet.disambiguation?.find((d) => d.name === 'Nacional');
        if (!nacional) throw new Error('no disambiguation for Nacional');
        return ['nacional-par', 'nacional-uru'].map((teamId) =>
          note(`seed-${teamId}`, team(teamId), sourceLabel(entry.where), entry.what, nacional.conclusion),
        );
      },
    },
    { match: /Penalty shoot-out scores are missing/, notes: shootOutNotes },
    { match: /'advanced to Match G4' is NOT an error/, id: 'seed-g4-two-feeders', about: tie('G4') },
    { match: /Aucas \(ECU\) vs\. Libertad/, id: 'elpatagonico-e3-libertad', about: tie('E3') },
    { match: /Río Negro Alianza/, id: 'surenio-c2', about: tie('C2') },
    { match: /bolillero uno/, id: 'caracoltv-c1', about: tie('C1') },
    { match: /G1 first leg would be in Bragança/, id: 'bol-uol-g1-venue', about: tie('G1') },
    { match: /Braulio da Silva Machado/, id: 'dobleamarilla-c6-venue', about: tie('C6') },
    { match: /vitória em Caracas/, id: 'correiobraziliense-c6-city', about: tie('C6') },
    { match: /garbled stage numbering/, id: 'laopinionaustral-stage-numbering', about: competition },
    { match: /em jogo único/, id: 'opovo-single-match', about: stage('first-stage') },
    { match: /draw was held in Asunción/, id: 'exame-draw-place', about: competition },
  ],
  'libertadores-2023-qualifying': [
    { match: /No pot tables, no tie IDs/, id: 'seed-no-results', about: competition },
    { match: /Ranking date 'as of 9 December 2022'/, id: 'seed-ranking-date', about: competition },
    {
      match: /Refers to 'the El Nacional v Nacional Potosí match'/,
      id: 'seed-referee-note-e2',
      about: tie('E2'),
    },
    {
      match: /Boston River won the E3 first leg/,
      notes: (entry) => [
        note(
          'eldestape-e3-score',
          tie('E3'),
          entry.where,
          "Says Boston River won the E3 first leg '1 a 0'.",
          'First leg was 3–1.',
        ),
        note(
          'eldestape-c5-venue',
          tie('C5'),
          entry.where,
          "Says Magallanes' C5 first leg was 'en Santiago'.",
          'Magallanes played at El Teniente, Rancagua.',
        ),
      ],
    },
    {
      match: /Atlético Mineiro 'venceu por 2 a 1'/,
      id: 'jovempan-atletico-mineiro',
      about: team('atletico-mineiro'),
    },
    { match: /C4 first leg/, id: 'eldeportivo-c4-venue', about: tie('C4') },
    { match: /C8 first leg/, id: 'everardoherrera-c8-venue', about: tie('C8') },
    { match: /Domingo Burgueño Miguel/, id: 'diariodonordeste-c3-city', about: tie('C3') },
    { match: /Lists E1 reversed/, id: 'antena2-e1-order', about: tie('E1') },
    {
      match: /Deportivo Maldonado 'do Chile'/,
      notes: (entry) => [
        note(
          'itamarajunoticias-deportivo-maldonado',
          team('deportivo-maldonado'),
          entry.where,
          "Calls Deportivo Maldonado 'do Chile'.",
          'Deportivo Maldonado is Uruguayan.',
        ),
        note(
          'itamarajunoticias-first-stage-dates',
          stage('first-stage'),
          entry.where,
          'Gives first-stage dates 08/02–15/02.',
          'First stage ran 7–16 Feb.',
        ),
      ],
    },
    { match: /Roberto Martinez/, id: 'pledgetimes-typo', about: competition },
    { match: /ranking 2022 de Conmebol/, id: 'noticiasbo-ranking-edition', about: team('always-ready') },
  ],
  'caf-cc-2023-24-qualifying': [
    { match: /lists only 16 of 20 ties/, notes: walkoverNotes },
    { match: /Singida United won 4–3/, id: 'seed-singida-united', about: tie('R1-05') },
    {
      match: /renamed from Singida United/,
      id: 'spotileo-singida-rename',
      about: team('singida-fountain-gate'),
    },
    {
      match: /Entry table with CAF 5-Year Ranking points is empty/,
      id: 'seed-no-entry-table',
      about: competition,
    },
    { match: /Al Ahly 78/, id: 'caf-ranking-editions', about: competition },
    {
      match: /Schedule table row for the second round/,
      id: 'seed-schedule-shifted',
      about: stage('second-round'),
    },
    { match: /ended on 1 October 2023/, id: 'seed-end-date', about: tie('R2-16') },
    { match: /ASC Kara v AFAD first leg as 0–1/, id: 'africanmanager-r1-12-score', about: tie('R1-12') },
    { match: /Mali's Elgeco Plus/, id: 'sportsday-elgeco-plus', about: team('elgeco-plus') },
    { match: /Bendel du Ghana/, id: 'aps-bendel-insurance', about: team('bendel-insurance') },
    {
      match: /Ugandan club Future FC/,
      notes: (entry) => [
        note(
          'eighteenelevenmedia-modern-future',
          team('modern-future'),
          entry.where,
          "Calls Modern Future 'Ugandan club Future FC'.",
          'Future FC = Modern Future (EGY).',
        ),
        note(
          'eighteenelevenmedia-r2-10-venue',
          tie('R2-10'),
          entry.where,
          "Places MUZA's home leg 'in Brazzaville'.",
          'MUZA hosted in Lusaka.',
        ),
        note(
          'eighteenelevenmedia-r2-16-venue',
          tie('R2-16'),
          entry.where,
          "Places the Merreikh Juba match in 'Omdurman'.",
          'Merreikh Juba hosted in Nairobi.',
        ),
      ],
    },
    { match: /Sagrada won the R2 first leg/, id: 'masress-r2-11', about: tie('R2-11') },
    { match: /second leg would be played in Nairobi/, id: 'rtp-r2-16-venue', about: tie('R2-16') },
    { match: /El Merriek, do Sudão/, id: 'record-rtp-al-merreikh-juba', about: team('al-merreikh-juba') },
    { match: /Arta Solar v Zamalek first leg/, id: 'allafrica-2022mag-r2-04-date', about: tie('R2-04') },
    { match: /Aigle Noir v Stade Malien second leg/, id: 'bamada-aps-r2-15-date', about: tie('R2-15') },
    { match: /Announced ASO Chlef v Bendel/, id: 'radioalgerie-r1-01-date', about: tie('R1-01') },
  ],
};

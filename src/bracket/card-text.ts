// The text of a tie card: the tie code, each team's country, name, goals in each leg and aggregate,
// the home side's marks, the badge, and a cut name in full on hover and focus. Drawn into a
// <g class="detail"> that is dropped when the card leaves the screen. Text from data is only ever
// set as textContent.
import type { TeamId, TieId } from '../domain/types.ts';
import type { CardGeometry } from '../layout/card-geometry.ts';
import type { TieView } from '../present/tie-view.ts';
import { svgElement } from './svg.ts';

/** The classes of a card row's texts, in the template's order. */
const ROW = ['country', 'name', 'goals', 'goals', 'aggregate'] as const;

const truncate = (text: string, max: number) => (text.length > max ? `${text.slice(0, max - 1)}…` : text);

/**
 * A card's text without the words: the tie code, then each row's country, name, two legs' goals and
 * aggregate. drawCardText clones it (one native call for the 11 texts) and fills it in.
 */
export function cardTemplate(geometry: CardGeometry): SVGGElement {
  const detail = svgElement('g', { class: 'detail' });
  svgElement('text', { class: 'code', ...geometry.code }, detail);
  for (const row of geometry.rows) {
    const y = row.baseline;
    svgElement('text', { class: 'country', x: row.country, y }, detail);
    svgElement('text', { class: 'name', x: row.name, y }, detail);
    svgElement('text', { class: 'goals', x: row.goals[0], y, 'text-anchor': 'middle' }, detail);
    svgElement('text', { class: 'goals', x: row.goals[1], y, 'text-anchor': 'middle' }, detail);
    svgElement('text', { class: 'aggregate', x: row.aggregate, y, 'text-anchor': 'end' }, detail);
  }
  return detail;
}

/** Fills a clone of `template` with the tie's text and appends it to the card's <g>. */
export function drawCardText(
  card: SVGGElement,
  template: SVGGElement,
  geometry: CardGeometry,
  view: TieView,
  tieId: TieId,
  highlightedTeam: TeamId | null,
): void {
  const detail = template.cloneNode(true) as SVGGElement;
  const texts = detail.children;
  texts[0]!.textContent = tieId;
  const cut: { slot: 0 | 1; label: string; row: string }[] = [];
  const limits = geometry.maxName[view.legs.length === 1 ? 'single' : 'legs'];
  view.sides.forEach((team, slot) => {
    const row = `${team.winner ? ' winner' : ''}${team.id === highlightedTeam ? ' path-team' : ''}`;
    const max = team.winner ? limits.winner : limits.plain;
    if (team.label.length > max) cut.push({ slot: slot as 0 | 1, label: team.label, row });
    const values = [
      team.country,
      truncate(team.label, max),
      String(team.goals[0] ?? ''),
      String(team.goals[1] ?? ''),
      String(team.aggregate ?? ''),
    ];
    values.forEach((value, i) => {
      const text = texts[1 + slot * ROW.length + i]!;
      text.textContent = value;
      if (row) text.setAttribute('class', ROW[i] + row);
    });
  });

  // The home side of each leg: a soft square behind that team's goals, both legs in one path.
  const marks = view.sides.flatMap((team, slot) =>
    team.home.flatMap((home, leg) => {
      if (!home) return [];
      const { x, y, size } = geometry.homeMark(slot as 0 | 1, leg as 0 | 1);
      return [`M${x},${y}h${size}v${size}h-${size}z`];
    }),
  );
  if (marks.length) texts[0]!.after(svgElement('path', { class: 'home-mark', d: marks.join('') }));

  // The text lets clicks through to the frame (the button); a cut name is in the frame's <title> and,
  // on hover and focus, shown in full over its row. Between the legs the tooltip also says what each
  // side needs in the second one.
  const frame = card.firstElementChild!;
  frame.querySelector('title')?.remove();
  const tooltip = [cut.map((c) => c.label).join(' · '), ...view.needs].filter(Boolean).join('\n');
  if (tooltip) svgElement('title', {}, frame).textContent = tooltip;
  frame.setAttribute('aria-label', view.label);
  for (const { slot, label, row } of cut) {
    const band = geometry.nameBand(slot);
    const full = svgElement('g', { class: 'full-name', 'aria-hidden': 'true' }, detail);
    svgElement('rect', { ...band, rx: 4 }, full);
    svgElement(
      'text',
      { class: `name${row}`, x: geometry.rows[slot].name, y: geometry.rows[slot].baseline },
      full,
    ).textContent = label;
  }

  if (view.badge) {
    const box = geometry.badge(view.badge.text.length);
    const badge = svgElement('g', { class: `badge-${view.badge.tone}` }, detail);
    svgElement('rect', { rx: 7, height: box.height, y: box.y, x: box.x, width: box.width }, badge);
    svgElement('text', { y: box.textY, 'text-anchor': 'end', x: box.textX }, badge).textContent =
      view.badge.text;
  }
  card.append(detail);
}

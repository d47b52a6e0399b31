// Bracket geometry as plain data: a box per tie, a connector per winner-to-tie link, a mark per bye and
// an outlet per tie whose winner leaves the shown stages. Pure: sizes are arguments, text is never measured.
//
// Ties are laid out as a forest: each tie whose winner leaves the shown stages is a root and the ties
// feeding it are its children, ordered by slot (d3-hierarchy's tidy trees, simplified to columns).
// A tie fed by two ties sits between them; a tie fed by one (the other team had a bye) lines the fed
// slot up with its feeder. Roots are split into side-by-side panels when one tall column would make
// the bracket much taller than the target aspect ratio (the 36-tie CAF field on a laptop screen).
import type { Stage, StageId, TeamId, Tie, TieId } from '../domain/types.ts';

export interface BracketSizes {
  cardWidth: number;
  /** Height of the tie code line at the top of a card. */
  headerHeight: number;
  rowHeight: number;
  columnGap: number;
  rowGap: number;
  /** Width of the outlet column (qualified teams, next tie). */
  outletWidth: number;
  panelGap: number;
  /** Space above the cards for the column headings. */
  top: number;
  padding: number;
  /** Preferred width / height of the whole bracket; panels are added while it gets closer to it. */
  aspect: number;
}

export const DEFAULT_SIZES: BracketSizes = {
  cardWidth: 280,
  headerHeight: 20,
  rowHeight: 24,
  columnGap: 64,
  rowGap: 14,
  outletWidth: 260,
  panelGap: 56,
  top: 40,
  padding: 16,
  aspect: 1.6,
};

export const cardHeight = (s: BracketSizes): number => s.headerHeight + 2 * s.rowHeight + 6;

/** Vertical centre of a team row, from the top of its card. */
export const slotCentre = (s: BracketSizes, slot: 0 | 1): number =>
  s.headerHeight + s.rowHeight * (slot + 0.5);

export interface CardBox {
  tieId: TieId;
  stageId: StageId;
  panel: number;
  column: number;
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface Connector {
  from: TieId;
  to: TieId;
  slot: 0 | 1;
  path: string;
}

export interface ByeMark {
  tieId: TieId;
  team: TeamId;
  slot: 0 | 1;
  x: number;
  y: number;
}

/** Where a root tie's teams go: an exit (group stage, another competition) or a tie not shown. */
export interface Outlet {
  tieId: TieId;
  x: number;
  y: number;
  width: number;
  winnerTo: Tie['winnerTo'];
  loserTo: Tie['loserTo'];
}

export interface ColumnHeading {
  key: string;
  /** A stage id, or null for the outlet column. */
  stageId: StageId | null;
  /** The outlet column's: the last stage shown, whose winners it lists. */
  after?: StageId | undefined;
  x: number;
  width: number;
}

export interface BracketLayout {
  width: number;
  height: number;
  cards: CardBox[];
  connectors: Connector[];
  byes: ByeMark[];
  outlets: Outlet[];
  headings: ColumnHeading[];
}

interface Node {
  tie: Tie;
  column: number;
  children: [Node | null, Node | null];
}

function buildForest(stages: readonly Stage[]): Node[] {
  const column = new Map<TieId, number>();
  stages.forEach((stage, i) => stage.ties.forEach((tie) => column.set(tie.id, i)));
  const nodes = new Map<TieId, Node>();
  for (const stage of stages) {
    for (const tie of stage.ties)
      nodes.set(tie.id, { tie, column: column.get(tie.id)!, children: [null, null] });
  }
  const roots: Node[] = [];
  for (const node of nodes.values()) {
    const to = node.tie.winnerTo;
    const parent = 'tie' in to ? nodes.get(to.tie) : undefined;
    if ('tie' in to && parent && parent.column > node.column) parent.children[to.slot] = node;
    else roots.push(node);
  }
  return roots;
}

/** Height of a subtree when laid out alone: used to balance panels. */
function subtreeRows(node: Node): number {
  const [a, b] = node.children;
  return Math.max(1, (a ? subtreeRows(a) : 0) + (b ? subtreeRows(b) : 0));
}

/** Splits roots, in order, into `count` runs of about equal height. */
function splitRoots(roots: Node[], count: number): Node[][] {
  const total = roots.reduce((sum, root) => sum + subtreeRows(root), 0);
  const panels: Node[][] = [[]];
  let acc = 0;
  for (const root of roots) {
    const current = panels[panels.length - 1]!;
    if (current.length && acc >= (total * panels.length) / count && panels.length < count)
      panels.push([root]);
    else current.push(root);
    acc += subtreeRows(root);
  }
  return panels;
}

const elbow = (x1: number, y1: number, x2: number, y2: number): string => {
  const xm = (x1 + x2) / 2;
  const dy = y2 - y1;
  // Joined rather than a template literal, so that the string is kept flat: V8 keeps a template
  // literal's result as a tree of its ~20 pieces, 20,000 small strings in a 1,000-tie bracket.
  if (Math.abs(dy) < 0.5) return ['M', x1, ',', y1, 'H', x2].join('');
  const r = Math.min(6, Math.abs(dy) / 2, (x2 - x1) / 4);
  const sign = Math.sign(dy);
  return [
    ['M', x1, ',', y1, 'H', xm - r],
    ['Q', xm, ',', y1, ' ', xm, ',', y1 + sign * r],
    ['V', y2 - sign * r],
    ['Q', xm, ',', y2, ' ', xm + r, ',', y2, 'H', x2],
  ]
    .flat()
    .join('');
};

/** Lays out the given stages (in the order given) as columns. */
export function layoutBracket(stages: readonly Stage[], sizes: BracketSizes = DEFAULT_SIZES): BracketLayout {
  const height = cardHeight(sizes);
  const step = height + sizes.rowGap;
  const columnStep = sizes.cardWidth + sizes.columnGap;
  const roots = buildForest(stages);
  const panelWidth = stages.length * columnStep - sizes.columnGap / 2 + sizes.outletWidth;
  const totalRows = roots.reduce((sum, root) => sum + subtreeRows(root), 0);
  // The panel count whose overall shape is closest to the preferred aspect ratio.
  let panelCount = 1;
  const shapeError = (k: number) =>
    Math.abs(Math.log((k * panelWidth) / (Math.ceil(totalRows / k) * step) / sizes.aspect));
  while (panelCount < roots.length && shapeError(panelCount + 1) < shapeError(panelCount)) panelCount += 1;

  const cards: CardBox[] = [];
  const byId = new Map<TieId, CardBox>();
  const tieById = new Map(stages.flatMap((stage) => stage.ties.map((tie) => [tie.id, tie] as const)));
  const outlets: Outlet[] = [];
  let bottom = 0;
  splitRoots(roots, panelCount).forEach((panelRoots, panel) => {
    const left = sizes.padding + panel * (panelWidth + sizes.panelGap);
    const nextFree = stages.map(() => sizes.top);
    const boxes: CardBox[] = [];
    const shift = (node: Node, dy: number) => {
      const box = byId.get(node.tie.id)!;
      box.y += dy;
      nextFree[node.column] = Math.max(nextFree[node.column]!, box.y + step);
      for (const child of node.children) if (child) shift(child, dy);
    };
    const place = (node: Node): CardBox => {
      const [a, b] = node.children.map((child) => (child ? place(child) : null));
      // Two feeders: midway; one: its slot lined up with the feeder; none: the next free place.
      let y =
        a && b
          ? (a.y + b.y) / 2
          : a
            ? a.y + height / 2 - slotCentre(sizes, 0)
            : b
              ? b.y + height / 2 - slotCentre(sizes, 1)
              : nextFree[node.column]!;
      const free = nextFree[node.column]!;
      if (y < free) {
        // Push the children down rather than overlap the card above; keeps feeders level with their slot.
        for (const child of node.children) if (child) shift(child, free - y);
        y = free;
      }
      const box: CardBox = {
        tieId: node.tie.id,
        stageId: stages[node.column]!.id,
        panel,
        column: node.column,
        x: left + node.column * columnStep,
        y,
        width: sizes.cardWidth,
        height,
      };
      nextFree[node.column] = y + step;
      byId.set(node.tie.id, box);
      boxes.push(box);
      return box;
    };
    for (const root of panelRoots) {
      const box = place(root);
      outlets.push({
        tieId: root.tie.id,
        x: left + stages.length * columnStep - sizes.columnGap / 2,
        y: box.y,
        width: sizes.outletWidth,
        winnerTo: root.tie.winnerTo,
        loserTo: root.tie.loserTo,
      });
    }
    cards.push(...boxes);
    bottom = Math.max(bottom, ...nextFree);
  });
  // Outlets were positioned before later shifts; take the final card positions.
  for (const outlet of outlets) outlet.y = byId.get(outlet.tieId)!.y;

  const connectors: Connector[] = [];
  const byes: ByeMark[] = [];
  const fedSlots = new Set<string>();
  for (const box of cards) {
    const tie = tieById.get(box.tieId)!;
    const to = tie.winnerTo;
    const target = 'tie' in to ? byId.get(to.tie) : undefined;
    if (!target || !('tie' in to) || target.column <= box.column) continue;
    fedSlots.add(`${to.tie}#${to.slot}`);
    connectors.push({
      from: tie.id,
      to: to.tie,
      slot: to.slot,
      path: elbow(box.x + box.width, box.y + height / 2, target.x, target.y + slotCentre(sizes, to.slot)),
    });
  }
  if (stages.length > 1) {
    for (const box of cards) {
      if (box.column === 0) continue;
      const tie = tieById.get(box.tieId)!;
      for (const slot of [0, 1] as const) {
        if (!fedSlots.has(`${tie.id}#${slot}`)) {
          byes.push({
            tieId: tie.id,
            team: tie.teams[slot],
            slot,
            x: box.x,
            y: box.y + slotCentre(sizes, slot),
          });
        }
      }
    }
  }

  const headings: ColumnHeading[] = [];
  for (let panel = 0; panel < panelCount; panel += 1) {
    const left = sizes.padding + panel * (panelWidth + sizes.panelGap);
    stages.forEach((stage, i) =>
      headings.push({
        key: `${panel}:${stage.id}`,
        stageId: stage.id,
        x: left + i * columnStep,
        width: sizes.cardWidth,
      }),
    );
    headings.push({
      key: `${panel}:outlet`,
      stageId: null,
      after: stages.at(-1)?.id,
      x: left + stages.length * columnStep - sizes.columnGap / 2,
      width: sizes.outletWidth,
    });
  }
  return {
    width: 2 * sizes.padding + panelCount * panelWidth + (panelCount - 1) * sizes.panelGap,
    height: bottom - sizes.rowGap + sizes.padding,
    cards,
    connectors,
    byes,
    outlets,
    headings,
  };
}

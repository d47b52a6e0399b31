import { act, render, screen, waitFor } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { useEffect, useRef } from 'react';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { fixtureCompetition, readShipped, shippedCompetition } from '../../../tests/files.ts';
import { parseCompetitionText } from '../../data/parse-competition.ts';
import { StoreProvider } from '../../store/context.tsx';
import { createAppStore, type ViewMode } from '../../store/store.ts';
import { createBracketController } from '../bracket/bracket-controller.ts';
import { useViewHandles, ViewHandlesProvider } from '../view-handles.tsx';
import { ExportMenu } from './ExportMenu.tsx';
import type { AppStore } from '../../store/store.ts';

const competition = shippedCompetition('libertadores-2024-qualifying.json');

// jsdom's Blob has no text().
const blobText = (blob: Blob) =>
  new Promise<string>((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(String(reader.result));
    reader.onerror = () => reject(reader.error);
    reader.readAsText(blob);
  });

let downloads: { blob: Blob; fileName: string }[];
beforeEach(() => {
  downloads = [];
  const blobs = new Map<string, Blob>();
  let n = 0;
  vi.spyOn(URL, 'createObjectURL').mockImplementation((blob) => {
    const url = `blob:test/${(n += 1)}`;
    blobs.set(url, blob as Blob);
    return url;
  });
  vi.spyOn(URL, 'revokeObjectURL').mockImplementation(() => {});
  // jsdom does not navigate: record what the temporary link would save.
  vi.spyOn(HTMLAnchorElement.prototype, 'click').mockImplementation(function (this: HTMLAnchorElement) {
    downloads.push({ blob: blobs.get(this.href)!, fileName: this.download });
  });
});
afterEach(() => {
  vi.restoreAllMocks();
  document.body.replaceChildren();
});

/** The menu for `shown` (the 2024 file), in `view`; `added`: shown was added in this browser. */
function renderMenu(view: ViewMode = 'bracket', shown = competition, added = false) {
  const store = createAppStore(readShipped);
  if (added) store.getState().addCompetition(shown);
  store.getState().showView(view);
  render(
    <StoreProvider store={store}>
      <ViewHandlesProvider>
        {view === 'bracket' && <ShownBracket store={store} />}
        <ExportMenu competition={shown} />
      </ViewHandlesProvider>
    </StoreProvider>,
  );
  return store;
}

/** The bracket of the store, offered to the menu as BracketView offers it. */
function ShownBracket({ store }: { store: AppStore }) {
  const handles = useViewHandles();
  const frame = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const bracket = createBracketController(store, frame.current!);
    const hide = handles.showBracket(bracket);
    return () => {
      hide();
      bracket.destroy();
    };
  }, [store, handles]);
  return <div ref={frame} />;
}

describe('ExportMenu', () => {
  it('saves the ties and legs as CSV, starting with the header row', async () => {
    renderMenu();
    const user = userEvent.setup();
    const toggle = screen.getByRole('button', { name: 'Export' });
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    expect(toggle).toHaveAttribute('aria-expanded', 'true');
    await user.click(screen.getByRole('button', { name: 'Ties and legs as CSV' }));
    await waitFor(() => expect(downloads).toHaveLength(1)); // the exporter loads on first use
    const [download] = downloads;
    expect(download?.fileName).toBe('libertadores-2024-qualifying-ties-and-legs.csv');
    expect(download?.blob.type).toBe('text/csv;charset=utf-8');
    const text = await blobText(download!.blob);
    expect(text.startsWith('competition_id,competition,stage_id,stage,tie,leg,date,home_team_id,')).toBe(
      true,
    );
    expect(text.split('\r\n')).toHaveLength(32); // header, 30 legs, the final line end
    expect(screen.getByRole('status')).toHaveTextContent(
      'Saved libertadores-2024-qualifying-ties-and-legs.csv',
    );
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(toggle).toHaveFocus();
    // The temporary link is gone.
    expect(document.querySelector('a[download]')).toBeNull();
  });

  it('saves the bracket on screen as SVG, named by the competition and the stage shown', async () => {
    const store = renderMenu();
    act(() => store.getState().showStage('second-stage'));
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'Bracket as SVG' }));
    await waitFor(() => expect(downloads).toHaveLength(1));
    const [download] = downloads;
    expect(download?.fileName).toBe('libertadores-2024-qualifying-second-stage-bracket.svg');
    const text = await blobText(download!.blob);
    expect(text).toContain(
      '2024 Copa Libertadores qualifying stages · Second stage · Data: Llave, from match reports and official draws',
    );
  });

  it('offers the bracket images only in the Bracket view', async () => {
    renderMenu('list');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    expect(screen.getByRole('button', { name: 'Bracket as SVG' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Bracket as PNG' })).toBeDisabled();
    expect(screen.getByRole('button', { name: 'Bracket as SVG' })).toHaveAccessibleDescription(
      'The bracket images are made from the Bracket view.',
    );
    expect(screen.getByRole('button', { name: 'Ties and legs as CSV' })).toBeEnabled();
  });

  it('closes with Escape, back on the Export button', async () => {
    renderMenu();
    const user = userEvent.setup();
    const toggle = screen.getByRole('button', { name: 'Export' });
    await user.click(toggle);
    await user.tab();
    expect(screen.getByRole('button', { name: 'Bracket as SVG' })).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    expect(screen.queryByRole('button', { name: 'Bracket as SVG' })).toBeNull();
    expect(toggle).toHaveFocus();
  });

  it('closes when focus or a click goes elsewhere', async () => {
    renderMenu();
    render(<button type="button">Elsewhere</button>); // after the menu in tab order
    const user = userEvent.setup();
    const toggle = screen.getByRole('button', { name: 'Export' });
    await user.click(toggle);
    await user.click(screen.getByRole('button', { name: 'Elsewhere' }));
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
    await user.click(toggle);
    for (let item = 0; item < 7; item += 1) await user.tab(); // through the seven items
    await user.tab(); // out of the menu, to Elsewhere
    expect(screen.getByRole('button', { name: 'Elsewhere' })).toHaveFocus();
    expect(toggle).toHaveAttribute('aria-expanded', 'false');
  });

  it('saves the competition as JSON that validates as the file it came from', async () => {
    renderMenu('notes');
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'The competition as JSON (Llave’s format)' }));
    const [download] = downloads;
    expect(download?.fileName).toBe('libertadores-2024-qualifying.json');
    const text = await blobText(download!.blob);
    expect(JSON.parse(text)).toMatchObject({ $schema: `${window.location.origin}/data/schema.json` });
    const reread = parseCompetitionText(text, download!.fileName);
    expect(reread).toEqual({ ok: true, value: competition, issues: [] });
  });

  it('copies the page’s link, and an embed code that shows that view alone', async () => {
    window.history.replaceState(null, '', '/?competition=libertadores-2024-qualifying&tie=C2');
    renderMenu('list');
    const user = userEvent.setup(); // with a clipboard of its own
    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'Copy link to this view' }));
    expect(await navigator.clipboard.readText()).toBe(
      `${window.location.origin}/?competition=libertadores-2024-qualifying&tie=C2`,
    );
    expect(screen.getByRole('status')).toHaveTextContent('Link copied');

    await user.click(screen.getByRole('button', { name: 'Export' }));
    await user.click(screen.getByRole('button', { name: 'Copy embed code' }));
    expect(await navigator.clipboard.readText()).toBe(
      `<iframe src="${window.location.origin}/?competition=libertadores-2024-qualifying&amp;tie=C2&amp;embed=1"` +
        ' title="2024 Copa Libertadores qualifying stages · Llave" width="100%" height="640" frameborder="0"' +
        ' loading="lazy"></iframe>',
    );
    expect(screen.getByRole('status')).toHaveTextContent('Embed code copied');
  });

  it('says so when the browser refuses to copy, and shows each outcome for 4 seconds', async () => {
    vi.useFakeTimers({ shouldAdvanceTime: true }); // user-event's own waits need time to pass
    try {
      renderMenu();
      const user = userEvent.setup({ advanceTimers: vi.advanceTimersByTime.bind(vi) });
      const copy = async (name: string) => {
        await user.click(screen.getByRole('button', { name: 'Export' }));
        await user.click(screen.getByRole('button', { name }));
      };
      await copy('Copy link to this view');
      expect(screen.getByRole('status')).toHaveTextContent('Link copied');
      act(() => void vi.advanceTimersByTime(3000));
      // The same outcome again is shown for 4 s from then.
      await copy('Copy link to this view');
      act(() => void vi.advanceTimersByTime(3500));
      expect(screen.getByRole('status')).toHaveTextContent('Link copied');
      act(() => void vi.advanceTimersByTime(600));
      expect(screen.getByRole('status')).toBeEmptyDOMElement();

      vi.spyOn(navigator.clipboard, 'writeText').mockRejectedValue(
        new DOMException('denied', 'NotAllowedError'),
      );
      await copy('Copy embed code');
      expect(screen.getByRole('status')).toHaveTextContent(
        'Copying was refused: browsers allow it on https pages, after a click.',
      );
    } finally {
      vi.useRealTimers();
    }
  });

  it('offers no link to a competition added in this browser, which opens nowhere else', async () => {
    renderMenu('bracket', fixtureCompetition('valid-mini.json'), true);
    const user = userEvent.setup();
    await user.click(screen.getByRole('button', { name: 'Export' }));
    for (const name of ['Copy link to this view', 'Copy embed code']) {
      const item = screen.getByRole('button', { name });
      expect(item).toBeDisabled();
      expect(item).toHaveAccessibleDescription(/added in this browser: its link opens nowhere else/);
    }
    expect(screen.getByRole('button', { name: 'The competition as JSON (Llave’s format)' })).toBeEnabled();
  });
});

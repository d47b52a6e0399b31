import { act, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../../tests/render-app.tsx';
import { selectRecordedCompetition } from '../store/selectors.ts';
import { readViewParams, showsOtherPage, writeViewParams } from '../store/view-url.ts';

function openLink(search: string) {
  window.history.replaceState(null, '', `/${search}`);
  return renderApp().store;
}

describe('view URL', () => {
  it('writes only what differs from the defaults and keeps foreign parameters', () => {
    const view = readViewParams('?synthetic=32&competition=x&view=list&tie=A1');
    expect(writeViewParams({ ...view, tie: null }, '?synthetic=32&competition=x&view=list&tie=A1')).toBe(
      '?competition=x&view=list&synthetic=32',
    );
    expect(writeViewParams(readViewParams(''))).toBe('');
  });

  it('tells a link a prerendered page does not draw from one it does', () => {
    for (const search of ['', '?tie=C2', '?team=x&stage=s&lang=es'])
      expect(showsOtherPage(search), search).toBe(false);
    for (const search of ['?competition=x', '?synthetic=32&seed=1', '?embed=1', '?view=list'])
      expect(showsOtherPage(search), search).toBe(true);
  });

  it('opens a link on its competition, stage, tie and team', async () => {
    const store = openLink(
      '?competition=caf-cc-2023-24-qualifying&stage=second-round&tie=R2-15&team=stade-malien',
    );
    await waitFor(() =>
      expect(store.getState()).toMatchObject({
        competitionId: 'caf-cc-2023-24-qualifying',
        stageId: 'second-round',
        tieId: 'R2-15',
        teamId: 'stade-malien',
      }),
    );
    const panel = await screen.findByRole('dialog', { name: 'Stade Malien v Aigle Noir' });
    expect(within(panel).getByTestId('tie-outcome')).toHaveTextContent(
      '3–3 on aggregate; Stade Malien won on away goals',
    );
    expect(within(panel).getByText(/Away goals/).nextSibling).toHaveTextContent(
      'Stade Malien 1, Aigle Noir 0',
    );
  });

  it('falls back to the nearest valid view with a notice for values that do not exist', async () => {
    const store = openLink('?competition=libertadores-2024-qualifying&stage=fourth-stage&tie=Z9&view=poster');
    const notice = (await screen.findByText(/no stage "fourth-stage"/)).closest('[role="status"]')!;
    expect(notice).toHaveTextContent('no tie "Z9"');
    expect(notice).toHaveTextContent('no "poster" view');
    expect(store.getState()).toMatchObject({ stageId: null, tieId: null, view: 'bracket' });
    // The link's entry is replaced by its canonical form after the first frame: the site's root is the
    // default competition's page, so it needs no ?competition=.
    await waitFor(() => expect(window.location.search).toBe(''));
    expect(window.location.pathname).toBe('/');
  });

  it("opens a competition's own page, and gives each competition its page's path", async () => {
    window.history.replaceState(null, '', '/c/caf-cc-2023-24-qualifying/?tie=R2-15');
    const store = renderApp().store;
    await waitFor(() =>
      expect(store.getState()).toMatchObject({ competitionId: 'caf-cc-2023-24-qualifying', tieId: 'R2-15' }),
    );
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Competition'), 'libertadores-2023-qualifying');
    await waitFor(() => expect(window.location.pathname).toBe('/c/libertadores-2023-qualifying/'));
    expect(window.location.search).toBe('');
    // The page's title follows, as the build writes it in that page.
    expect(document.title).toBe('2023 Copa Libertadores qualifying stages · Llave');
    // A path names its competition; ?competition= wins over it.
    expect(readViewParams('', '/c/ucl-2024-25-knockout/').competition).toBe('ucl-2024-25-knockout');
    expect(readViewParams('?competition=x', '/c/ucl-2024-25-knockout/').competition).toBe('x');
  });

  it("keeps a view opened on the app's page there", async () => {
    window.history.replaceState(null, '', '/app/?competition=libertadores-2023-qualifying&tie=C2');
    const store = renderApp().store;
    await waitFor(() => expect(store.getState()).toMatchObject({ tieId: 'C2' }));
    act(() => store.getState().selectTie('C3'));
    window.dispatchEvent(new Event('pagehide'));
    expect(window.location.pathname + window.location.search).toBe(
      '/app/?competition=libertadores-2023-qualifying&tie=C3',
    );
  });

  it('falls back to the first competition for an unknown one', async () => {
    const store = openLink('?competition=world-cup-1930');
    expect(await screen.findByText(/no competition "world-cup-1930"/)).toBeInTheDocument();
    await waitFor(() => expect(store.getState().competitionId).toBe('libertadores-2024-qualifying'));
  });

  it('makes each selection a history entry that back and forward restore', async () => {
    const store = openLink('');
    const user = userEvent.setup();
    // The URL is written after the frame that answers the click.
    const search = (expected: string) => waitFor(() => expect(window.location.search).toBe(expected));
    await user.click(await screen.findByRole('button', { name: /^Second stage C2:/ }));
    await search('?tie=C2');
    await user.click(screen.getByRole('button', { name: 'Third stage' }));
    await search('?stage=third-stage&tie=C2');
    await act(async () => {
      window.history.back();
      await new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    });
    await waitFor(() => expect(store.getState()).toMatchObject({ stageId: null, tieId: 'C2' }));
    await act(async () => {
      window.history.back();
      await new Promise((r) => window.addEventListener('popstate', r, { once: true }));
    });
    await waitFor(() => expect(store.getState().tieId).toBeNull());
  });

  it('keeps a selection made just before the page is left or the app unmounts', async () => {
    window.history.replaceState(null, '', '/');
    const { store, unmount } = renderApp();
    await waitFor(() => expect(selectRecordedCompetition(store.getState())).not.toBeNull());
    act(() => store.getState().selectTie('C2'));
    window.dispatchEvent(new Event('pagehide'));
    expect(window.location.search).toBe('?tie=C2');
    act(() => store.getState().selectTie('C3'));
    unmount();
    expect(window.location.search).toBe('?tie=C3');
  });

  it('applies a link in another language as one history entry that keeps its language', async () => {
    const search = '?competition=libertadores-2024-qualifying&tie=C2&lang=fr';
    const before = window.history.length;
    const store = openLink(search);
    await waitFor(() => expect(store.getState()).toMatchObject({ tieId: 'C2', lang: 'fr' }));
    expect(
      await screen.findByRole('dialog', { name: 'Nacional (PAR) – Atlético Nacional' }),
    ).toBeInTheDocument();
    act(() => void window.dispatchEvent(new Event('pagehide'))); // the write waiting for the next frame, now
    // Its language kept, in the path: the default competition's page in French.
    expect(window.location.pathname).toBe('/fr/');
    expect(window.location.search).toBe('?tie=C2');
    expect(window.history.length).toBe(before);
  });

  it("opens a page in its path's language, and keeps a chosen language in the path", async () => {
    window.history.replaceState(null, '', '/es/c/caf-cc-2023-24-qualifying/?tie=R2-15');
    const store = renderApp().store;
    await waitFor(() => expect(store.getState()).toMatchObject({ lang: 'es', tieId: 'R2-15' }));
    expect(readViewParams('', '/llave/pt/c/x/', '/llave/')).toMatchObject({ lang: 'pt', competition: 'x' });
    expect(readViewParams('?lang=fr', '/pt/c/x/').lang).toBe('fr');
    const user = userEvent.setup();
    await user.selectOptions(screen.getByLabelText('Competición'), 'libertadores-2023-qualifying');
    await waitFor(() => expect(window.location.pathname).toBe('/es/c/libertadores-2023-qualifying/'));
    expect(window.location.search).toBe('');
    // Back to the browser's language (English here): the page without a language.
    await user.selectOptions(screen.getByLabelText('Idioma'), 'en');
    await waitFor(() => expect(window.location.pathname).toBe('/c/libertadores-2023-qualifying/'));
    await user.selectOptions(screen.getByLabelText('Language'), 'pt');
    await waitFor(() => expect(window.location.pathname).toBe('/pt/c/libertadores-2023-qualifying/'));
    expect(window.location.search).toBe('');
  });
});

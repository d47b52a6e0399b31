import { screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { renderApp } from '../tests/render-app.tsx';
import { readShipped } from '../tests/files.ts';

describe('App', () => {
  it('shows the CAF tie Bendel Insurance v ASO Chlef with both legs and the shoot-out', async () => {
    renderApp();
    const user = userEvent.setup();
    await user.selectOptions(
      await screen.findByLabelText('Competition'),
      '2023–24 CAF Confederation Cup qualifying rounds',
    );
    await user.click(screen.getByRole('button', { name: 'List' }));
    const row = (await screen.findByRole('rowheader', { name: /R1-01/ })).closest('tr')!;
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells.slice(0, 2)).toEqual(['Bendel Insurance 1–0 ASO Chlef', 'ASO Chlef 1–0 Bendel Insurance']);
    expect(cells.at(-1)).toBe('1–1 on aggregate; Bendel Insurance won 4–3 on penalties');
  });

  it('shows an error naming the file for a broken competition, and the others still load', async () => {
    renderApp({
      readText: (file) =>
        file === 'libertadores-2024-qualifying.json' ? Promise.resolve('{') : readShipped(file),
    });
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /libertadores-2024-qualifying\.json \$: expected valid JSON/,
    );
    const user = userEvent.setup();
    await user.selectOptions(
      screen.getByLabelText('Competition'),
      '2023 Copa Libertadores qualifying stages',
    );
    await user.click(screen.getByRole('button', { name: 'List' }));
    expect(await screen.findByRole('rowheader', { name: /E1/ })).toHaveTextContent(
      'Sport Huancayo v Nacional',
    );
  });
});

describe('bracket', () => {
  const expectC2Panel = () => {
    const panel = screen.getByRole('dialog', { name: 'Nacional (PAR) v Atlético Nacional' });
    expect(
      within(panel)
        .getAllByTestId('leg-score')
        .map((leg) => leg.textContent),
    ).toEqual(['Nacional (PAR) 1–0 Atlético Nacional', 'Atlético Nacional 0–3 Nacional (PAR)']);
    expect(within(panel).getByTestId('tie-outcome')).toHaveTextContent('Nacional (PAR) won 4–0 on aggregate');
    expect(within(panel).getByText(/Estadio Defensores del Chaco, Asunción/)).toBeInTheDocument();
    return panel;
  };

  it('opens the details of C2 of 2024 on click, and closes back to the tie with Escape', async () => {
    renderApp();
    const user = userEvent.setup();
    const c2 = await screen.findByRole('button', { name: /^Second stage C2:/ });
    await user.click(c2);
    const panel = expectC2Panel();
    await waitFor(() => expect(within(panel).getByRole('heading', { level: 2 })).toHaveFocus());
    expect(within(panel).getByText(/went on to/)).toHaveTextContent('Nacional (PAR) went on to G2');
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog')).not.toBeInTheDocument();
    await new Promise((resolve) => requestAnimationFrame(resolve));
    expect(c2).toHaveFocus();
  });

  it('opens a tie with Enter when it has focus, and follows the winner to the next tie', async () => {
    renderApp();
    const user = userEvent.setup();
    const c2 = await screen.findByRole('button', { name: /^Second stage C2:/ });
    c2.focus();
    await user.keyboard('{Enter}');
    const panel = expectC2Panel();
    await user.click(within(panel).getByRole('button', { name: 'G2' }));
    expect(screen.getByRole('dialog', { name: 'Nacional (PAR) v Palestino' })).toHaveTextContent(
      '3–3 on aggregate; Palestino won 3–1 on penalties',
    );
  });

  it('highlights every tie of a searched team and restores the bracket when cleared', async () => {
    const { container } = renderApp();
    const user = userEvent.setup();
    await screen.findByRole('button', { name: /^Second stage C2:/ });
    await user.type(screen.getByRole('combobox', { name: 'Team' }), 'nacional');
    const options = screen.getAllByRole('option').map((o) => o.textContent);
    expect(options).toEqual(
      expect.arrayContaining(['Nacional (PAR)PAR', 'Nacional (URU)URU', 'Atlético NacionalCOL']),
    );
    await user.click(screen.getByRole('option', { name: /Nacional \(URU\)/ }));
    const onPath = () =>
      [...container.querySelectorAll('g.tie.on-path rect.card')].map((el) => el.getAttribute('data-tie-id'));
    expect(onPath()).toEqual(['C6', 'G3']);
    expect(container.querySelectorAll('g.tie.dimmed')).toHaveLength(13);
    await user.click(screen.getByRole('button', { name: /Clear/ }));
    expect(onPath()).toEqual([]);
    expect(container.querySelectorAll('g.tie.dimmed')).toHaveLength(0);
  });

  it('finds a club in the other competitions too, and opens its path there', async () => {
    const { container, store } = renderApp();
    const user = userEvent.setup();
    await screen.findByRole('button', { name: /^Second stage C2:/ });
    await user.type(screen.getByRole('combobox', { name: 'Team' }), 'sporting cr');
    const suggested = () =>
      within(screen.getByRole('listbox', { name: 'Teams' }))
        .getAllByRole('option')
        .map((o) => o.textContent);
    await waitFor(() => expect(suggested()).toHaveLength(2));
    expect(suggested()).toEqual([
      'Sporting CristalPER',
      'Sporting Cristalin 2023 Copa Libertadores qualifying stagesPER',
    ]);
    await user.click(screen.getByRole('option', { name: /in 2023 Copa Libertadores/ }));
    await waitFor(() =>
      expect(screen.getByLabelText('Competition')).toHaveValue('libertadores-2023-qualifying'),
    );
    expect(store.getState().teamId).toBe('sporting-cristal');
    await waitFor(() => expect(container.querySelectorAll('g.tie.on-path').length).toBeGreaterThan(0));
  });

  it('draws the tie panel once unseen while idle, then removes it, leaving focus and the page as they were', async () => {
    const { container } = renderApp();
    await screen.findByRole('button', { name: /^Second stage C2:/ });
    const focused = document.activeElement;
    const warm = () => container.querySelector('[inert] [role="dialog"]');
    await waitFor(() => expect(warm()).not.toBeNull());
    expect(warm()!.closest('[aria-hidden="true"]')).not.toBeNull();
    expect(screen.queryByRole('dialog')).toBeNull();
    await waitFor(() => expect(warm()).toBeNull());
    expect(document.activeElement).toBe(focused);
    expect(container.querySelectorAll('#tie-panel-title')).toHaveLength(0);
  });
  it('lists a one-match final with one score column, and counts its one tie', async () => {
    window.history.replaceState(null, '', '/c/ucl-2024-25-knockout/?view=list&lang=es');
    renderApp();
    // Once in Spanish ("Final" is the English word too).
    const roundOf16 = await screen.findByRole('table', { name: /^Octavos de final/ });
    const final = screen.getByRole('table', { name: /^Final/ });
    expect(final.querySelector('caption')).toHaveTextContent('Final1 serie');
    expect(
      within(final)
        .getAllByRole('columnheader')
        .map((th) => th.textContent),
    ).toEqual(['Serie', 'Partido', 'Resultado']);
    expect(roundOf16.querySelector('caption')).toHaveTextContent('8 series');
    expect(within(roundOf16).getAllByRole('columnheader')).toHaveLength(5);
  });
  it('says when a competition has no data notes', async () => {
    window.history.replaceState(null, '', '/c/ucl-2024-25-knockout/?view=notes');
    renderApp();
    const notes = (await screen.findByRole('heading', { name: 'Data notes' })).closest('section')!;
    expect(within(notes).getByText('No data notes for this competition.')).toBeInTheDocument();
    expect(within(notes).queryAllByRole('listitem')).toHaveLength(0);
  });
});

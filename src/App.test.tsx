import { render, screen, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readShipped } from '../tests/shipped.ts';
import { App } from './App.tsx';
import { StoreProvider } from './store/context.tsx';
import { createAppStore } from './store/store.ts';

function renderApp(readText = readShipped) {
  const store = createAppStore(readText);
  render(
    <StoreProvider store={store}>
      <App />
    </StoreProvider>,
  );
  return store;
}

describe('App', () => {
  it('shows the CAF tie Bendel Insurance v ASO Chlef with both legs and the shoot-out', async () => {
    renderApp();
    const user = userEvent.setup();
    await user.selectOptions(
      await screen.findByLabelText('Competition'),
      '2023–24 CAF Confederation Cup qualifying rounds',
    );
    const row = (await screen.findByRole('rowheader', { name: /R1-01/ })).closest('tr')!;
    const cells = within(row)
      .getAllByRole('cell')
      .map((cell) => cell.textContent);
    expect(cells.slice(0, 2)).toEqual(['Bendel Insurance 1–0 ASO Chlef', 'ASO Chlef 1–0 Bendel Insurance']);
    expect(within(row).getByText(/won 4–3 on penalties/)).toHaveTextContent(
      '1–1 on aggregate; Bendel Insurance won 4–3 on penalties',
    );
  });

  it('shows an error naming the file for a broken competition, and the others still load', async () => {
    renderApp((file) =>
      file === 'libertadores-2024-qualifying.json' ? Promise.resolve('{') : readShipped(file),
    );
    expect(await screen.findByRole('alert')).toHaveTextContent(
      /libertadores-2024-qualifying\.json \$: expected valid JSON/,
    );
    await userEvent
      .setup()
      .selectOptions(screen.getByLabelText('Competition'), '2023 Copa Libertadores qualifying stages');
    expect(await screen.findByRole('rowheader', { name: /E1/ })).toHaveTextContent(
      'Sport Huancayo v Nacional',
    );
  });
});

// A link whose language cannot load (offline, or a deploy replaced the chunk) still opens its view.
import { waitFor } from '@testing-library/react';
import { describe, expect, it, vi } from 'vitest';
import { renderApp } from '../../tests/render-app.tsx';

vi.mock('../i18n/es.ts', () => {
  throw new Error('offline');
});

describe('a link in a language that cannot load', () => {
  it('opens the link in English, and the URL keeps following the view', async () => {
    window.history.replaceState(null, '', '/?competition=libertadores-2024-qualifying&tie=C2&lang=es');
    const { store } = renderApp();
    await waitFor(() =>
      expect(store.getState()).toMatchObject({ tieId: 'C2', lang: 'en', langLoading: null }),
    );
    store.getState().selectTie('C1');
    await waitFor(() => expect(window.location.search).toContain('tie=C1'));
  });
});

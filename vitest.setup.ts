import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// findBy… waits up to 5 s: a busy 2-core CI machine renders a whole bracket slowly in jsdom.
configure({ asyncUtilTimeout: 5000 });

afterEach(() => {
  cleanup();
  // The app keeps its view in the URL; each test starts from a bare one.
  if (typeof window !== 'undefined') window.history.replaceState(null, '', '/');
});

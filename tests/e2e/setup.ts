// Every spec file gets its own Chromium (see browser.ts).
import { afterAll, beforeAll } from 'vitest';
import { closeBrowser, launchBrowser } from './browser.ts';

beforeAll(launchBrowser);
afterAll(closeBrowser);

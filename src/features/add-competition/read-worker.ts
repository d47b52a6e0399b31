// The read worker: reads what the user offers (readCandidate) off the page's thread, so a 5 MB file
// never freezes the page and a read can be cancelled by ending the worker.
import type { ReadRequest } from './candidate.ts';
import { readCandidate } from './read-candidate.ts';

self.onmessage = (event: MessageEvent<{ ticket: number; request: ReadRequest }>) => {
  const { ticket, request } = event.data;
  self.postMessage({ ticket, candidate: readCandidate(request) });
};

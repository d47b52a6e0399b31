// The page's side of reading a candidate: the text goes to the read worker and the candidate comes
// back; a cancel ends the worker mid-read (the next read starts a new one). Where there is no Worker
// (jsdom in the unit tests), the same readCandidate runs on the page, loaded then.
import { sizeIssue } from '../../data/parse-competition.ts';
import type { Candidate, ReadRequest } from './candidate.ts';

export interface CandidateReader {
  /** The candidate, or null when the read was cancelled or a later read replaced it. */
  read(request: ReadRequest): Promise<Candidate | null>;
  cancel(): void;
  dispose(): void;
}

const failed = (request: ReadRequest, reason: string): Candidate => ({
  source: request.source,
  file: request.file,
  competition: null,
  built: null,
  issues: [],
  report: [
    { severity: 'error', code: 'importer-failed', line: null, message: `The importer stopped: ${reason}` },
  ],
  format: null,
  rules: null,
});

type Pending = { ticket: number; request: ReadRequest; resolve: (candidate: Candidate | null) => void };

export function createCandidateReader(): CandidateReader {
  let worker: Worker | null = null;
  let pending: Pending | null = null;
  let tickets = 0;

  const settle = (ticket: number, candidate: Candidate | null) => {
    if (pending?.ticket !== ticket) return;
    const { resolve } = pending;
    pending = null;
    resolve(candidate);
  };
  const start = (): Worker => {
    const next = new Worker(new URL('./read-worker.ts', import.meta.url), { type: 'module' });
    next.onmessage = (event: MessageEvent<{ ticket: number; candidate: Candidate }>) =>
      settle(event.data.ticket, event.data.candidate);
    next.onerror = (event) => {
      event.preventDefault();
      if (pending) settle(pending.ticket, failed(pending.request, event.message || 'the reader crashed'));
    };
    return next;
  };
  const cancel = () => {
    if (!pending) return;
    settle(pending.ticket, null);
    worker?.terminate(); // the read it was doing ends with it
    worker = null;
  };

  return {
    read(request) {
      if (pending) settle(pending.ticket, null); // a later read replaces an earlier one
      const ticket = (tickets += 1);
      return new Promise((resolve) => {
        pending = { ticket, request, resolve };
        if (typeof Worker === 'undefined') {
          void import('./read-candidate.ts').then(({ readCandidate }) =>
            settle(ticket, readCandidate(request)),
          );
          return;
        }
        worker ??= start();
        worker.postMessage({ ticket, request });
      });
    },
    cancel,
    dispose() {
      cancel();
      worker?.terminate();
      worker = null;
    },
  };
}

/** A chosen file as a read request; a file over the size limit or one that cannot be read, refused. */
export async function fileRequest(file: File): Promise<ReadRequest | Candidate> {
  const refuse = (issue: Candidate['issues'][number]): Candidate => ({
    source: 'file',
    file: file.name,
    competition: null,
    built: null,
    issues: [issue],
    report: null,
    format: null,
    rules: null,
  });
  const tooLarge = sizeIssue(file.size, file.name);
  if (tooLarge) return refuse(tooLarge);
  try {
    return { source: 'file', file: file.name, text: await readText(file) };
  } catch (error) {
    const found = error instanceof Error ? error.message : String(error);
    return refuse({
      code: 'load-failed',
      severity: 'critical',
      file: file.name,
      path: '$',
      expected: 'a readable file',
      found,
    });
  }
}

/** A file's text as UTF-8 (FileReader where Blob.text is missing, as in jsdom). */
function readText(file: File): Promise<string> {
  if (typeof file.text === 'function') return file.text();
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(typeof reader.result === 'string' ? reader.result : '');
    reader.onerror = () => reject(reader.error ?? new Error('the file could not be read'));
    reader.readAsText(file);
  });
}

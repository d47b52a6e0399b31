import { fireEvent, screen, waitFor, within } from '@testing-library/react';
import userEvent from '@testing-library/user-event';
import { describe, expect, it } from 'vitest';
import { readFixtureText as fixture, readSeedText as seed } from '../../../tests/files.ts';
import { memoryStorage } from '../../../tests/memory-storage.ts';
import { renderApp } from '../../../tests/render-app.tsx';
import {
  createCompetitionStorage,
  STORAGE_PREFIX,
  type KeyValueStorage,
} from '../../data/persist-competitions.ts';

const jsonFile = (text: string, name: string) => new File([text], name, { type: 'application/json' });
/** valid-mini.json with some fields changed. */
const miniWith = (change: (json: Record<string, unknown>) => void) => {
  const json = JSON.parse(fixture('valid-mini.json')) as Record<string, unknown>;
  change(json);
  return JSON.stringify(json);
};

const SHIPPED = '2024 Copa Libertadores qualifying stages';
const SHIPPED_ID = 'libertadores-2024-qualifying';
const XSS = '<img src=x onerror=alert(1)>';

/** The app on the 2024 competition, with `storage` as this browser's. */
async function openApp(storage: KeyValueStorage | null = null) {
  const { store, unmount } = renderApp({ storage: storage ? createCompetitionStorage(storage) : null });
  await waitFor(() => expect(summary()).toHaveTextContent(SHIPPED));
  return { store, user: userEvent.setup(), unmount };
}

const picker = () => screen.getByRole<HTMLSelectElement>('combobox', { name: 'Competition' });
const summary = () => screen.getByText(/level on aggregate/);
const addedByYou = () => screen.queryByRole('group', { name: 'Added by you' });

async function openDialog(user: ReturnType<typeof userEvent.setup>) {
  await user.click(screen.getByRole('button', { name: 'Add competition' }));
  return screen.findByRole('dialog', { name: 'Add a competition' }); // the dialog loads on first use
}

async function upload(user: ReturnType<typeof userEvent.setup>, dialog: HTMLElement, file: File) {
  await user.upload(within(dialog).getByLabelText('Choose a file'), file);
  await within(dialog).findByRole('heading', { name: `Preview of ${file.name}` });
}

async function expectCurrent(name: string, id: string) {
  await waitFor(() => expect(summary()).toHaveTextContent(name));
  expect(picker().value).toBe(id);
}

describe('Add competition: a JSON file', () => {
  it('previews valid-mini.json, adds it, lists it under "Added by you" and shows it', async () => {
    const { user } = await openApp();
    const dialog = await openDialog(user);
    expect(dialog).toHaveAttribute('aria-modal', 'true');
    expect(within(dialog).getByLabelText('Choose a file')).toHaveFocus();
    await upload(user, dialog, jsonFile(fixture('valid-mini.json'), 'valid-mini.json'));
    expect(within(dialog).getByTestId('preview-name')).toHaveTextContent('Mini Cup qualifying');
    expect(within(dialog).getByTestId('preview-counts')).toHaveTextContent('4 teams, 2 stages, 3 ties');
    expect(within(dialog).getByRole('heading', { name: 'Validation: no issues' })).toBeInTheDocument();
    expect(within(dialog).getByRole('status')).toHaveTextContent('Ready to add.');

    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(screen.queryByRole('dialog', { name: 'Add a competition' })).not.toBeInTheDocument();
    await expectCurrent('Mini Cup qualifying', 'mini-cup');
    expect(within(addedByYou()!).getByRole('option', { name: 'Mini Cup qualifying' })).toBeInTheDocument();
    expect(screen.getByRole('option', { name: SHIPPED })).toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add competition' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'List' }));
    expect(await screen.findByRole('rowheader', { name: /A1/ })).toBeInTheDocument();
  });

  it('reads a file dropped on the drop zone', async () => {
    const { user } = await openApp();
    const dialog = await openDialog(user);
    fireEvent.drop(within(dialog).getByTestId('drop-zone'), {
      dataTransfer: { files: [jsonFile(fixture('valid-mini.json'), 'dropped.json')] },
    });
    expect(await within(dialog).findByTestId('preview-name')).toHaveTextContent('Mini Cup qualifying');
    expect(within(dialog).getByRole('button', { name: 'Add' })).toBeEnabled();
  });

  const tooLarge = () => {
    const file = jsonFile('{}', 'huge.json');
    Object.defineProperty(file, 'size', { value: 6 * 1024 * 1024 });
    Object.defineProperty(file, 'text', {
      value: () => Promise.reject(new Error('a file over the limit must not be read')),
    });
    return file;
  };

  it.each([
    [
      'contradicting-winner.json',
      () => jsonFile(fixture('contradicting-winner.json'), 'contradicting-winner.json'),
      'contradicting-winner.json $.stages[1].ties[0].winner: expected charlie (aggregate under the rules), found "bravo" [winner-contradicts-rules]',
    ],
    [
      'broken-json.json',
      () => jsonFile(fixture('broken-json.json'), 'broken-json.json'),
      'broken-json.json $: expected valid JSON, found Unexpected end of JSON input [invalid-json]',
    ],
    [
      'an empty file',
      () => jsonFile('', 'empty.json'),
      'empty.json $: expected a JSON document, found an empty file [empty-file]',
    ],
    ['a file over 5 MB', tooLarge, 'huge.json $: expected at most 5 MB, found 6.0 MB [file-too-large]'],
    [
      'wrong-types.json',
      () => jsonFile(fixture('wrong-types.json'), 'wrong-types.json'),
      'wrong-types.json $.teams[1].ranking: expected number, found "4th" [schema]',
    ],
    [
      'dangling-ids.json',
      () => jsonFile(fixture('dangling-ids.json'), 'dangling-ids.json'),
      'dangling-ids.json $.stages[0].ties[1].winnerTo.tie: expected the id of a tie in this file, found "F9" [missing-tie]',
    ],
  ])('refuses %s with its named error and keeps the competition shown', async (_, file, error) => {
    const { user } = await openApp();
    const dialog = await openDialog(user);
    const offered = file();
    await upload(user, dialog, offered);
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      new RegExp(`^${offered.name} cannot be added: \\d+ critical issues? \\(below\\)`),
    );
    expect(within(dialog).getByRole('alert')).toHaveTextContent('Nothing was changed.');
    expect(within(dialog).getByText(error)).toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Add' })).toBeDisabled();

    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Add a competition' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add competition' })).toHaveFocus();
    await expectCurrent(SHIPPED, SHIPPED_ID);
    expect(addedByYou()).not.toBeInTheDocument();
    expect(screen.queryByRole('alert')).not.toBeInTheDocument();
  });
});

describe('Add competition: id collisions', () => {
  it('refuses a shipped id and adds the file under a new id instead, the shipped one untouched', async () => {
    const { user, store } = await openApp();
    const dialog = await openDialog(user);
    await upload(
      user,
      dialog,
      jsonFile(
        miniWith((json) => (json.id = SHIPPED_ID)),
        'same-id.json',
      ),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      `The id ${SHIPPED_ID} belongs to “${SHIPPED}”, shipped with Llave, which cannot be replaced.`,
    );
    expect(within(dialog).queryByRole('button', { name: 'Replace it' })).not.toBeInTheDocument();
    expect(within(dialog).getByRole('button', { name: 'Add' })).toBeDisabled();
    expect(picker().value).toBe(SHIPPED_ID);
    const rename = within(dialog).getByRole('button', { name: `Add as ${SHIPPED_ID}-2` });
    expect(rename).toHaveFocus();

    await user.click(rename);
    await expectCurrent('Mini Cup qualifying', `${SHIPPED_ID}-2`);
    expect(store.getState().competitions[SHIPPED_ID]?.competition?.name).toBe(SHIPPED);
    await user.selectOptions(picker(), SHIPPED);
    await expectCurrent(SHIPPED, SHIPPED_ID);
  });

  it('offers to replace a competition the user added before', async () => {
    const { user, store } = await openApp();
    let dialog = await openDialog(user);
    await upload(user, dialog, jsonFile(fixture('valid-mini.json'), 'valid-mini.json'));
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    dialog = await openDialog(user);
    await upload(
      user,
      dialog,
      jsonFile(
        miniWith((json) => (json.name = 'Mini Cup (fixed)')),
        'fixed.json',
      ),
    );
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'You already added a competition with the id mini-cup: “Mini Cup qualifying”.',
    );
    await user.click(within(dialog).getByRole('button', { name: 'Replace it' }));
    await expectCurrent('Mini Cup (fixed)', 'mini-cup');
    expect(store.getState().userEntries.map((entry) => entry.name)).toEqual(['Mini Cup (fixed)']);
  });
});

describe('Add competition: text from data is text', () => {
  it('shows a team named like an HTML element, and names in other scripts, literally', async () => {
    const name = 'كأس <b>مصغرة</b> · 迷你杯 · Кубок';
    const { user } = await openApp();
    const dialog = await openDialog(user);
    const text = miniWith((json) => {
      json.name = name;
      (json.teams as { name: string }[])[0]!.name = XSS;
    });
    await upload(user, dialog, jsonFile(text, 'xss.json'));
    expect(within(dialog).getByTestId('preview-name').textContent).toBe(name);
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    await expectCurrent(name, 'mini-cup');
    await user.click(screen.getByRole('button', { name: 'List' }));
    const row = (await screen.findByRole('rowheader', { name: /A1/ })).closest('tr')!;
    expect(row).toHaveTextContent(XSS);
    expect(screen.getByRole('option', { name })).toBeInTheDocument();
    expect(document.querySelector('img')).toBeNull();
    expect(document.querySelector('b')).toBeNull();
  });
});

describe('Add competition: an article', () => {
  it('imports an article, shows the report with severities and lines, and adds it', async () => {
    const { user } = await openApp();
    const dialog = await openDialog(user);
    await user.click(within(dialog).getByLabelText('Article text'));
    await user.paste(seed('libertadores-2024.txt'));
    await user.click(within(dialog).getByRole('button', { name: 'Read the article' }));
    expect(within(dialog).getByTestId('preview-name')).toHaveTextContent(SHIPPED);
    expect(within(dialog).getByTestId('preview-counts')).toHaveTextContent('3 stages, 15 ties');
    expect(
      within(dialog).getByRole('heading', { name: /^Import report: 0 error\(s\), 4 warning\(s\)/ }),
    ).toBeInTheDocument();
    const report = within(dialog).getByTestId('import-report');
    expect(within(report).getAllByText('warning')).toHaveLength(4);
    expect(
      within(report)
        .getByText(/pot table lists 2 of 16 teams/)
        .closest('li'),
    ).toHaveTextContent(/^warningline 25/);
    // Validation's warnings name their tie: the four shoot-outs the article gives no score for.
    expect(
      within(dialog).getByRole('heading', { name: 'Validation: 0 error(s), 4 warning(s)' }),
    ).toBeInTheDocument();
    const validation = within(within(dialog).getByTestId('validation-issues')).getAllByRole('listitem');
    // Each row: severity, where, what.
    expect(validation.map((row) => [...row.children].slice(0, 2).map((cell) => cell.textContent))).toEqual([
      ['warning', 'Tie E1'],
      ['warning', 'Tie C1'],
      ['warning', 'Tie G2'],
      ['warning', 'Tie G3'],
    ]);
    expect(validation[0]).toHaveTextContent(
      'expected a shoot-out score to confirm the recorded winner, found "academia-puerto-cabello" [unverifiable-winner]',
    );

    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    await expectCurrent(SHIPPED, '2024-copa-libertadores-qualifying-stages');
    expect(within(addedByYou()!).getByRole('option', { name: SHIPPED })).toBeInTheDocument();
  });

  it('refuses an article the importer cannot build a competition from', async () => {
    const { user } = await openApp();
    const dialog = await openDialog(user);
    await user.click(within(dialog).getByLabelText('Article text'));
    await user.paste(seed('libertadores-2023.txt'));
    await user.click(within(dialog).getByRole('button', { name: 'Read the article' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      'pasted article cannot be added: 1 error in the import report (below). Nothing was changed.',
    );
    expect(
      within(dialog)
        .getByText(/almost no results/)
        .closest('li'),
    ).toHaveTextContent(/^errorline 23/);
    expect(within(dialog).getByRole('button', { name: 'Add' })).toBeDisabled();
  });
});

describe('Add competition: the dialog', () => {
  it('keeps Tab and Shift+Tab inside the dialog and closes on Escape', async () => {
    const { user } = await openApp();
    const dialog = await openDialog(user);
    const input = within(dialog).getByLabelText('Choose a file');
    const cancel = within(dialog).getByRole('button', { name: 'Cancel' });
    expect(input).toHaveFocus();
    await user.tab({ shift: true });
    expect(cancel).toHaveFocus();
    await user.tab();
    expect(input).toHaveFocus();
    await user.tab();
    expect(within(dialog).getByLabelText('Article text')).toHaveFocus();
    await user.keyboard('{Escape}');
    expect(screen.queryByRole('dialog', { name: 'Add a competition' })).not.toBeInTheDocument();
    expect(screen.getByRole('button', { name: 'Add competition' })).toHaveFocus();
  });
});

describe('Add competition: kept in this browser', () => {
  it('restores an added competition in a new store, through validation', async () => {
    const storage = memoryStorage();
    const first = await openApp(storage);
    const dialog = await openDialog(first.user);
    await upload(first.user, dialog, jsonFile(fixture('valid-mini.json'), 'valid-mini.json'));
    await first.user.click(within(dialog).getByRole('button', { name: 'Add' }));
    await expectCurrent('Mini Cup qualifying', 'mini-cup');
    expect([...storage.map.keys()]).toEqual([`${STORAGE_PREFIX}mini-cup`]);
    first.unmount();

    // A new store on the same link, as after a reload: the link names the added competition.
    const { store } = renderApp({ storage: createCompetitionStorage(storage) });
    await waitFor(() => expect(addedByYou()).toBeInTheDocument());
    expect(store.getState().competitions['mini-cup']?.status).toBe('ready');
    await expectCurrent('Mini Cup qualifying', 'mini-cup');
  });

  it('shows an error for a corrupted stored entry only; the others keep working', async () => {
    const storage = memoryStorage({
      [`${STORAGE_PREFIX}damaged`]: '{"formatVersion": 1, "id": "damaged"',
      [`${STORAGE_PREFIX}mini-cup`]: fixture('valid-mini.json'),
    });
    const { user } = await openApp(storage);
    await waitFor(() => expect(addedByYou()).toBeInTheDocument());
    await user.selectOptions(picker(), 'damaged (could not be restored)');
    const alert = await screen.findByRole('alert');
    expect(alert).toHaveTextContent('This competition, saved in this browser, could not be restored');
    expect(alert).toHaveTextContent(/damaged\.json \$: expected valid JSON, found .* \[invalid-json\]/);
    await user.selectOptions(screen.getByRole('combobox', { name: 'Language' }), 'fr');
    expect(
      await screen.findByRole('option', { name: 'damaged (impossible à restaurer)' }),
    ).toBeInTheDocument();
    expect(screen.getByRole('alert')).toHaveTextContent(
      'Cette compétition, enregistrée dans ce navigateur, n’a pas pu être restaurée',
    );
    await user.selectOptions(screen.getByRole('combobox', { name: 'Langue' }), 'en');
    await user.selectOptions(picker(), 'Mini Cup qualifying');
    await expectCurrent('Mini Cup qualifying', 'mini-cup');
    await user.selectOptions(picker(), SHIPPED);
    await expectCurrent(SHIPPED, SHIPPED_ID);
  });

  it('keeps a competition for the session and says so when the storage is full', async () => {
    const { user } = await openApp(memoryStorage({}, true));
    const dialog = await openDialog(user);
    await upload(user, dialog, jsonFile(fixture('valid-mini.json'), 'valid-mini.json'));
    await user.click(within(dialog).getByRole('button', { name: 'Add' }));
    expect(within(dialog).getByRole('alert')).toHaveTextContent(
      "Added, but not saved. The browser's storage for Llave is full (about 5 MB): “Mini Cup qualifying” is shown until the page is reloaded, but it is not saved.",
    );
    await expectCurrent('Mini Cup qualifying', 'mini-cup');
    await user.click(within(dialog).getByRole('button', { name: 'Close' }));
    expect(screen.getByRole('button', { name: 'Add competition' })).toHaveFocus();
  });

  it('removes a competition the user added after a confirmation, and shows the first shipped one', async () => {
    const storage = memoryStorage({ [`${STORAGE_PREFIX}mini-cup`]: fixture('valid-mini.json') });
    const { user } = await openApp(storage);
    expect(screen.queryByRole('button', { name: /^Remove/ })).not.toBeInTheDocument();
    await waitFor(() => expect(addedByYou()).toBeInTheDocument());
    await user.selectOptions(picker(), 'Mini Cup qualifying');
    await user.click(screen.getByRole('button', { name: 'Remove Mini Cup qualifying' }));
    const confirm = screen.getByRole('group', { name: 'Confirm removal' });
    expect(confirm).toHaveTextContent('Remove “Mini Cup qualifying” from this browser?');
    await user.click(within(confirm).getByRole('button', { name: 'Keep it' }));
    expect(screen.getByRole('button', { name: 'Remove Mini Cup qualifying' })).toHaveFocus();
    await user.click(screen.getByRole('button', { name: 'Remove Mini Cup qualifying' }));
    await user.click(screen.getByRole('button', { name: 'Yes, remove' }));
    await expectCurrent(SHIPPED, SHIPPED_ID);
    expect(addedByYou()).not.toBeInTheDocument();
    expect(storage.map.size).toBe(0);
    expect(screen.getByRole('button', { name: 'Add competition' })).toHaveFocus();
  });
});

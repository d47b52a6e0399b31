// The what-if of the page, read from and written to the store in its URL form.
import { useMemo } from 'react';
import {
  decodeWhatIf,
  encodeWhatIf,
  withPick,
  withResult,
  without,
  type HypotheticalResult,
  type ShootOutPick,
  type WhatIf,
} from '../../domain/what-if.ts';
import type { TieId } from '../../domain/types.ts';
import { useAppStore } from '../../store/context.tsx';

export function useWhatIf() {
  const encoded = useAppStore((s) => s.whatIf);
  const setWhatIf = useAppStore((s) => s.setWhatIf);
  return useMemo(() => {
    const { whatIf } = decodeWhatIf(encoded);
    const change = (next: WhatIf) => setWhatIf(encodeWhatIf(next));
    return {
      whatIf,
      add: (result: HypotheticalResult) => change(withResult(whatIf, result)),
      pick: (pick: ShootOutPick) => change(withPick(whatIf, pick)),
      remove: (tieId: TieId, leg: 0 | 1 | 'p') => change(without(whatIf, tieId, leg)),
      clear: () => setWhatIf(''),
    };
  }, [encoded, setWhatIf]);
}

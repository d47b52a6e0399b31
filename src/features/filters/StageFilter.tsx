import { useAppStore } from '../../store/context.tsx';
import { stageName } from '../../present/words.ts';
import { useT } from '../use-translator.ts';
import { selectCompetition } from '../../store/selectors.ts';
import { sortedStages } from '../../store/derived.ts';

const NO_STAGES: never[] = [];

export function StageFilter() {
  const competition = useAppStore(selectCompetition);
  const stages = competition ? sortedStages(competition) : NO_STAGES;
  const stageId = useAppStore((s) => s.stageId);
  const showStage = useAppStore((s) => s.showStage);
  const t = useT();
  const options = [
    { id: null, name: t('filter.allStages') },
    ...stages.map((stage) => ({ id: stage.id, name: stageName(stage, t) })),
  ];
  return (
    <fieldset className="flex min-w-0 flex-col gap-1">
      <legend className="mb-1 text-xs font-medium text-muted">{t('filter.stage')}</legend>
      {/* On wide screens one row that scrolls sideways when the stages do not fit: the header keeps
          its height, so the bracket below it never moves. Its end fades (stage-scroll, styles.css):
          a stage cut off there reads as more to scroll to. */}
      <div
        className="stage-scroll flex flex-wrap gap-1 lg:flex-nowrap lg:overflow-x-auto lg:[scrollbar-width:thin]"
        role="group"
      >
        {options.map((option) => (
          <button
            key={option.id ?? 'all'}
            type="button"
            aria-pressed={stageId === option.id}
            onClick={() => showStage(option.id)}
            className="h-10 shrink-0 rounded-md border border-line bg-surface px-3 text-sm text-ink hover:bg-raised aria-pressed:border-accent aria-pressed:bg-accent aria-pressed:text-accent-ink"
          >
            {option.name}
          </button>
        ))}
      </div>
    </fieldset>
  );
}

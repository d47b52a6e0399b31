// d3-zoom behind a small create/update/destroy object (as xyflow's xypanzoom): pans and zooms the
// <g> that holds the bracket, fits it to the screen and brings a tie into view.
import { select } from 'd3-selection';
import 'd3-transition';
import { zoom, zoomIdentity, zoomTransform, type ZoomBehavior } from 'd3-zoom';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PanZoom {
  /** Scales and centres `content` in the viewport (never above 1:1). */
  fit: (content: Box, animate: boolean) => void;
  zoomBy: (factor: number, animate: boolean) => void;
  /** Pans just enough to show `box`, keeping the zoom. */
  reveal: (box: Box, animate: boolean) => void;
  scale: () => number;
  destroy: () => void;
}

const MIN_SCALE = 0.1;
const MAX_SCALE = 2.5;
const DURATION = 300;

export interface ZoomState {
  x: number;
  y: number;
  k: number;
  width: number;
  height: number;
}

export function createPanZoom(
  svg: SVGSVGElement,
  viewport: SVGGElement,
  onZoom: (state: ZoomState) => void,
): PanZoom {
  // The frame's size, kept by a ResizeObserver: reading clientWidth after drawing would force a
  // layout of the whole bracket.
  let frame = { width: svg.clientWidth || 800, height: svg.clientHeight || 600 };
  const size = () => frame;
  const emit = () => {
    const { x, y, k } = zoomTransform(svg);
    onZoom({ x, y, k, ...frame });
  };
  const observer =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(([entry]) => {
          if (!entry || entry.contentRect.width === 0) return;
          frame = { width: entry.contentRect.width, height: entry.contentRect.height };
          emit();
        })
      : null;
  observer?.observe(svg);
  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([MIN_SCALE, MAX_SCALE])
    .extent(() => [
      [0, 0],
      [size().width, size().height],
    ])
    // Wheel pans; ctrl/meta + wheel (and trackpad pinch) zooms: the page stays scrollable.
    .filter((event: Event) => {
      if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
      // A drag needs the event's window (synthetic events in tests have none).
      return !(event as MouseEvent).button && (event as MouseEvent).view != null;
    })
    .on('zoom', (event: { transform: { toString(): string } }) => {
      viewport.setAttribute('transform', event.transform.toString());
      emit();
    });
  const target = select(svg);
  target.call(behaviour).on('dblclick.zoom', null);
  // Plain wheel scrolls the bracket like a page.
  target.on('wheel.pan', (event: WheelEvent) => {
    if (event.ctrlKey || event.metaKey) return;
    event.preventDefault();
    behaviour.translateBy(target, -event.deltaX / current().k, -event.deltaY / current().k);
  });
  const current = () => zoomTransform(svg);
  const apply = (transform: typeof zoomIdentity, animate: boolean) =>
    animate
      ? target.transition().duration(DURATION).call(behaviour.transform, transform)
      : target.call(behaviour.transform, transform);

  return {
    fit: (content, animate) => {
      const { width, height } = size();
      const pad = 16;
      const controls = 48; // the zoom controls and legend along the bottom edge
      const k = Math.max(
        MIN_SCALE,
        Math.min(1, (width - 2 * pad) / content.width, (height - pad - controls) / content.height),
      );
      const x = (width - content.width * k) / 2 - content.x * k;
      const y = Math.max(pad, (height - controls - content.height * k) / 2) - content.y * k;
      apply(zoomIdentity.translate(x, y).scale(k), animate);
    },
    zoomBy: (factor, animate) =>
      animate
        ? target.transition().duration(DURATION).call(behaviour.scaleBy, factor)
        : target.call(behaviour.scaleBy, factor),
    reveal: (box, animate) => {
      const { width, height } = size();
      const { k, x, y } = current();
      const margin = 24;
      const left = box.x * k + x;
      const top = box.y * k + y;
      const dx = left < margin ? margin - left : Math.min(0, width - margin - (left + box.width * k));
      const dy = top < margin ? margin - top : Math.min(0, height - margin - (top + box.height * k));
      if (dx || dy) apply(zoomIdentity.translate(x + dx, y + dy).scale(k), animate);
    },
    scale: () => current().k,
    destroy: () => {
      observer?.disconnect();
      target.on('.zoom', null).on('wheel.pan', null);
    },
  };
}

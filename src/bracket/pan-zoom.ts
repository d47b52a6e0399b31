// d3-zoom behind a small create/update/destroy object (as xyflow's xypanzoom): pans and zooms the
// <g> that holds the bracket, fits it to the screen and brings a tie into view.
//
// d3-zoom (with d3-transition, d3-interpolate and d3-color, about 14 KiB gzip) loads when it is first
// needed: a drag on the bracket, a pinch, a ctrl/meta wheel, an animated move or drawing. A first
// view that is only read, or whose ties are only clicked, never loads it. Until it arrives, fit,
// reveal, the wheel and a drag (mouse, pen or one finger) move the view themselves; it then takes
// over from the current transform, with the next press.
/// <reference types="d3-transition" />
import { select } from 'd3-selection';
import type { ZoomBehavior, ZoomTransform } from 'd3-zoom';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface ZoomState {
  x: number;
  y: number;
  k: number;
  width: number;
  height: number;
}

export interface PanZoom {
  /**
   * Scales and centres `content` in the viewport (never above 1:1). With `minScale`, content that
   * would be smaller is shown at that scale from its top-left corner instead.
   */
  fit: (content: Box, animate: boolean, minScale?: number) => ZoomState;
  /**
   * Takes over a view drawn before any script (a prerendered page): shows `transform` as it is and
   * remembers `content` as fitted, so that a resized frame fits it again.
   */
  keep: (transform: Transform, content: Box, minScale?: number) => ZoomState;
  zoomBy: (factor: number, animate: boolean) => void;
  /** Pans just enough to show `box`, keeping the zoom; `coveredRight` px of the frame are hidden (a panel). */
  reveal: (box: Box, animate: boolean, coveredRight?: number) => void;
  /** Loads d3-zoom, and d3-transition with it, after the next frame (once): later moves animate. */
  load: () => void;
  destroy: () => void;
}

export type Transform = { x: number; y: number; k: number };
type D3Zoom = typeof import('d3-zoom');

const MIN_SCALE = 0.1;
const MAX_SCALE = 2.5;
const DURATION = 300;
/** How far a press may move and still be a click on a tie (px). */
const CLICK_DISTANCE = 4;
const clampScale = (k: number) => Math.min(MAX_SCALE, Math.max(MIN_SCALE, k));

/**
 * The transform that fits `content` in a frame, leaving room for the controls along the bottom; not
 * below `minScale`, where the content overflows and starts at the frame's top-left corner.
 */
export function fitTransform(
  content: Box,
  frame: { width: number; height: number },
  minScale = MIN_SCALE,
): Transform {
  const pad = 16;
  const controls = 48;
  const k = clampScale(
    Math.max(
      Math.min(minScale, 1),
      Math.min(1, (frame.width - 2 * pad) / content.width, (frame.height - pad - controls) / content.height),
    ),
  );
  return {
    k,
    x: Math.max(pad, (frame.width - content.width * k) / 2) - content.x * k,
    y: Math.max(pad, (frame.height - controls - content.height * k) / 2) - content.y * k,
  };
}

export function createPanZoom(
  svg: SVGSVGElement,
  viewport: SVGGElement,
  /** The frame's size when the caller has just measured it (taking over a prerendered drawing). */
  size: { width: number; height: number } | undefined,
  onZoom: (state: ZoomState) => void,
): PanZoom {
  // The frame's size, kept by a ResizeObserver: reading clientWidth after drawing would force a
  // layout of the whole bracket.
  let frame = size ?? { width: svg.clientWidth || 800, height: svg.clientHeight || 600 };
  let transform: Transform = { x: 0, y: 0, k: 1 };
  /** What was last fitted, until the user or a reveal moves the view: a resized frame fits it again. */
  let fitted: { content: Box; minScale: number | undefined } | null = null;
  let d3: { zoom: D3Zoom; behaviour: ZoomBehavior<SVGSVGElement, unknown> } | null = null;
  let destroyed = false;
  const target = select(svg);

  const show = (next: Transform) => {
    transform = next;
    viewport.setAttribute('transform', `translate(${next.x},${next.y}) scale(${next.k})`);
    onZoom({ ...next, ...frame });
  };
  const observer =
    typeof ResizeObserver === 'function'
      ? new ResizeObserver(([entry]) => {
          if (!entry || entry.contentRect.width === 0) return;
          const { width, height } = entry.contentRect;
          if (width === frame.width && height === frame.height) return; // its first report, as a rule
          frame = { width, height };
          if (fitted) apply(fitTransform(fitted.content, frame, fitted.minScale), false);
          else onZoom({ ...transform, ...frame });
        })
      : null;
  observer?.observe(svg);

  const apply = (next: Transform, animate: boolean) => {
    if (!d3) {
      if (animate) load(); // the next move animates
      return show(next);
    }
    const t = d3.zoom.zoomIdentity.translate(next.x, next.y).scale(next.k);
    if (animate) target.transition().duration(DURATION).call(d3.behaviour.transform, t);
    else target.call(d3.behaviour.transform, t);
  };

  // The drawing's window; none where the build draws a page.
  const view = svg.ownerDocument.defaultView;
  let loading = false;
  const load = () => {
    if (loading) return;
    loading = true;
    // After the next frame: the response to what asked for it comes first.
    requestAnimationFrame(() => setTimeout(() => void import('d3-zoom').then(install)));
  };
  /**
   * A press on the bracket before d3-zoom is in: where it began and the view then. Moved further
   * than a click, it pans the view itself (mouse, pen or one finger) and asks for d3-zoom, which
   * takes the presses after it.
   */
  let press: { id: number; x: number; y: number; from: Transform; panning: boolean } | null = null;
  const stop = () => {
    if (press?.panning) svg.classList.remove('panning');
    press = null;
    if (d3) removeIntents();
  };
  const onPress = (event: PointerEvent) => {
    if (!event.isPrimary) {
      stop(); // a second finger: a pinch, which needs d3-zoom
      return load();
    }
    if (event.button === 0)
      press = { id: event.pointerId, x: event.clientX, y: event.clientY, from: transform, panning: false };
  };
  const onMove = (event: PointerEvent) => {
    if (event.pointerId !== press?.id) return;
    const [dx, dy] = [event.clientX - press.x, event.clientY - press.y];
    if (!press.panning) {
      if (Math.hypot(dx, dy) <= CLICK_DISTANCE) return;
      press.panning = true;
      fitted = null;
      svg.classList.add('panning');
      load();
    }
    show({ k: press.from.k, x: press.from.x + dx, y: press.from.y + dy });
  };
  const release = (event: PointerEvent) => {
    if (event.pointerId !== press?.id) return;
    if (press.panning) {
      // The click that ends a drag is not a click on a tie.
      const swallow = (click: Event) => click.stopPropagation();
      svg.addEventListener('click', swallow, { capture: true, once: true });
      setTimeout(() => svg.removeEventListener('click', swallow, { capture: true }));
      if (d3) apply(transform, false); // d3-zoom goes on from where this drag left the view
    }
    stop();
  };
  svg.addEventListener('pointerdown', onPress);
  view?.addEventListener('pointermove', onMove);
  view?.addEventListener('pointerup', release);
  view?.addEventListener('pointercancel', release);
  const removeIntents = () => {
    svg.removeEventListener('pointerdown', onPress);
    view?.removeEventListener('pointermove', onMove);
    view?.removeEventListener('pointerup', release);
    view?.removeEventListener('pointercancel', release);
  };
  // Plain wheel scrolls the bracket like a page; ctrl/meta + wheel (and trackpad pinch) zooms, once
  // d3-zoom is in.
  target.on('wheel.pan', (event: WheelEvent) => {
    event.preventDefault();
    if (event.ctrlKey || event.metaKey) return load();
    fitted = null;
    const { x, y, k } = transform;
    apply({ k, x: x - event.deltaX, y: y - event.deltaY }, false);
  });

  function install(zoom: D3Zoom) {
    if (destroyed) return;
    if (!press) removeIntents(); // else when the press that is panning ends
    const behaviour = zoom
      .zoom<SVGSVGElement, unknown>()
      .scaleExtent([MIN_SCALE, MAX_SCALE])
      .clickDistance(CLICK_DISTANCE)
      .extent(() => [
        [0, 0],
        [frame.width, frame.height],
      ])
      .filter((event: Event) => {
        if (event.type === 'wheel') return (event as WheelEvent).ctrlKey || (event as WheelEvent).metaKey;
        // A drag needs the event's window (synthetic events in tests have none).
        return !(event as MouseEvent).button && (event as MouseEvent).view != null;
      })
      .on('zoom', (event: { transform: ZoomTransform; sourceEvent: Event | null }) => {
        if (event.sourceEvent) fitted = null; // a drag, wheel or pinch
        if (event.sourceEvent?.type === 'mousemove') svg.classList.add('panning');
        show(event.transform);
      })
      .on('end', () => svg.classList.remove('panning'));
    d3 = { zoom, behaviour };
    target.call(behaviour).on('dblclick.zoom', null);
    // Take over from where fit, reveal or the wheel left the bracket, without moving it.
    target.property('__zoom', zoom.zoomIdentity.translate(transform.x, transform.y).scale(transform.k));
  }

  /** Shows `next` for `content`, which a resized frame fits again until the view is moved. */
  const settle = (content: Box, minScale: number | undefined, next: Transform, animate: boolean) => {
    fitted = { content, minScale };
    apply(next, animate);
    return { ...next, ...frame };
  };

  return {
    fit: (content, animate, minScale) =>
      settle(content, minScale, fitTransform(content, frame, minScale), animate),
    keep: (next, content, minScale) => settle(content, minScale, next, false),
    zoomBy: (factor, animate) => {
      fitted = null;
      const k = clampScale(transform.k * factor);
      // Zoom about the frame's centre.
      const cx = frame.width / 2;
      const cy = frame.height / 2;
      apply(
        { k, x: cx - ((cx - transform.x) * k) / transform.k, y: cy - ((cy - transform.y) * k) / transform.k },
        animate,
      );
    },
    reveal: (box, animate, coveredRight = 0) => {
      const { k, x, y } = transform;
      const margin = 24;
      const left = box.x * k + x;
      const top = box.y * k + y;
      const visibleWidth = frame.width - coveredRight;
      const dx = left < margin ? margin - left : Math.min(0, visibleWidth - margin - (left + box.width * k));
      const dy = top < margin ? margin - top : Math.min(0, frame.height - margin - (top + box.height * k));
      if (!dx && !dy) return;
      fitted = null;
      apply({ k, x: x + dx, y: y + dy }, animate);
    },
    load,
    destroy: () => {
      destroyed = true;
      removeIntents();
      observer?.disconnect();
      target.on('.zoom', null).on('wheel.pan', null);
    },
  };
}

/**
 * A diagram full screen, in a modal <dialog> (focus kept inside, Escape closes), with pan and zoom
 * written by hand: a CSS transform moved by pointer events (drag, two-finger pinch, wheel) and buttons.
 * It opens at scale 1, where labels keep their 12–13 px, centred on the current state.
 */
import { type ReactNode, useEffect, useRef, useState } from 'react';

export interface DiagramZoomProps {
  readonly open: boolean;
  readonly onClose: () => void;
  readonly width: number;
  readonly height: number;
  /** The point to centre on when opening (the current state), in diagram units. */
  readonly focus: { readonly x: number; readonly y: number };
  readonly text: { close: string; zoomIn: string; zoomOut: string; fit: string; hint: string; title: string };
  readonly children: ReactNode;
}

interface View {
  readonly x: number;
  readonly y: number;
  readonly scale: number;
}

const MAX_SCALE = 3;
/** A press that moves less than this is a tap (it may take an arrow), not a drag. */
const DRAG_THRESHOLD = 6;

export function DiagramZoom({ open, onClose, width, height, focus, text, children }: DiagramZoomProps) {
  const dialog = useRef<HTMLDialogElement>(null);
  const viewport = useRef<HTMLDivElement>(null);
  const [view, setView] = useState<View>({ x: 0, y: 0, scale: 1 });
  const pointers = useRef(new Map<number, { x: number; y: number }>());
  const dragging = useRef(false);

  const box = () => viewport.current?.getBoundingClientRect() ?? { width: 320, height: 480, left: 0, top: 0 };
  const fitScale = () => Math.min(box().width / width, box().height / height, 1);
  const zoomAt = (factor: number, cx: number, cy: number) =>
    setView((v) => {
      const scale = Math.min(MAX_SCALE, Math.max(fitScale(), v.scale * factor));
      const k = scale / v.scale;
      return { scale, x: cx - (cx - v.x) * k, y: cy - (cy - v.y) * k };
    });
  const zoomCentre = (factor: number) => zoomAt(factor, box().width / 2, box().height / 2);
  const fit = () => {
    const scale = fitScale();
    setView({ scale, x: (box().width - width * scale) / 2, y: (box().height - height * scale) / 2 });
  };

  // biome-ignore lint/correctness/useExhaustiveDependencies: centre on the current state only when opening
  useEffect(() => {
    const element = dialog.current;
    if (!element) return;
    if (open && !element.open) {
      element.showModal();
      const { width: w, height: h } = box();
      setView({ scale: 1, x: w / 2 - focus.x, y: h / 2 - focus.y });
    } else if (!open && element.open) element.close();
  }, [open]);

  const onPointerDown = (event: React.PointerEvent) => {
    pointers.current.set(event.pointerId, { x: event.clientX, y: event.clientY });
    dragging.current = false;
  };
  const onPointerMove = (event: React.PointerEvent) => {
    const before = pointers.current.get(event.pointerId);
    if (!before) return;
    const now = { x: event.clientX, y: event.clientY };
    const all = [...pointers.current.entries()];
    if (all.length === 2) {
      const [a, b] = all.map(([id, p]) => (id === event.pointerId ? now : p)) as [typeof now, typeof now];
      const [a0, b0] = all.map(([, p]) => p) as [typeof now, typeof now];
      const rect = box();
      const ratio = Math.hypot(a.x - b.x, a.y - b.y) / Math.max(1, Math.hypot(a0.x - b0.x, a0.y - b0.y));
      zoomAt(ratio, (a.x + b.x) / 2 - rect.left, (a.y + b.y) / 2 - rect.top);
      dragging.current = true;
    } else if (dragging.current || Math.hypot(now.x - before.x, now.y - before.y) > DRAG_THRESHOLD) {
      // Captured only once it is a drag, so that a tap still reaches the arrow under it.
      if (!dragging.current) viewport.current?.setPointerCapture(event.pointerId);
      dragging.current = true;
      setView((v) => ({ ...v, x: v.x + now.x - before.x, y: v.y + now.y - before.y }));
    } else return;
    pointers.current.set(event.pointerId, now);
  };
  const onPointerUp = (event: React.PointerEvent) => {
    pointers.current.delete(event.pointerId);
  };

  return (
    <dialog ref={dialog} className="diagram-zoom" aria-label={text.title} onClose={onClose}>
      <div className="diagram-zoom__bar">
        <button type="button" onClick={() => zoomCentre(1.25)} aria-label={text.zoomIn}>
          +
        </button>
        <button type="button" onClick={() => zoomCentre(0.8)} aria-label={text.zoomOut}>
          −
        </button>
        <button type="button" onClick={fit}>
          {text.fit}
        </button>
        <button type="button" onClick={onClose} data-close="">
          {text.close}
        </button>
        <p className="diagram-zoom__hint">{text.hint}</p>
      </div>
      <div
        ref={viewport}
        className="diagram-zoom__viewport"
        onPointerDown={onPointerDown}
        onPointerMove={onPointerMove}
        onPointerUp={onPointerUp}
        onPointerCancel={onPointerUp}
        onWheel={(event) => {
          const rect = box();
          zoomAt(Math.exp(-event.deltaY * 0.002), event.clientX - rect.left, event.clientY - rect.top);
        }}
      >
        <div
          className="diagram-zoom__canvas"
          style={{ width, height, transform: `translate(${view.x}px, ${view.y}px) scale(${view.scale})` }}
          data-scale={view.scale}
        >
          {open && children}
        </div>
      </div>
    </dialog>
  );
}

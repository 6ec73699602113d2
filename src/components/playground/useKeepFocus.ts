/**
 * After a step, the control a reader pressed may have vanished (an event no longer offered) or been
 * disabled (Back at the start), which drops focus to the page. This puts it back on the nearest
 * control of the same kind, so a keyboard reader goes on from where they were.
 */
import { type RefObject, useEffect, useRef } from 'react';

/** Where a step was asked from, and the controls to fall back to, in order. */
export const focusFallbacks = {
  events: ['.playground__events button:not(:disabled)', '.playground__toolbar button:not(:disabled)'],
  toolbar: ['.playground__toolbar button:not(:disabled)'],
  diagram: ['.playground__figure [data-take]', '.playground__events button:not(:disabled)'],
  zoom: ['dialog[open] [data-take]', 'dialog[open] [data-close]'],
  other: [],
} as const;
export type StepOrigin = keyof typeof focusFallbacks;

export function useKeepFocus(root: RefObject<HTMLElement | null>, step: unknown) {
  const origin = useRef<StepOrigin>('other');
  // biome-ignore lint/correctness/useExhaustiveDependencies: runs after each step
  useEffect(() => {
    const from = origin.current;
    origin.current = 'other';
    const scope = root.current;
    const focused = document.activeElement as HTMLElement | null;
    if (!scope || from === 'other') return;
    const lost =
      !focused || focused === document.body || !focused.isConnected || (focused as HTMLButtonElement).disabled;
    if (!lost) return;
    for (const selector of focusFallbacks[from]) {
      const next = scope.querySelector<HTMLElement>(selector);
      if (next) return next.focus();
    }
  }, [step]);
  /** Call before sending a step. */
  return (from: StepOrigin) => {
    origin.current = from;
  };
}

/**
 * Keeps a playground and the address bar in step: a link for this machine opens the playground at its
 * step (or reports what is wrong with it), and once the reader has stepped, the address bar follows.
 */
import { useEffect, useState } from 'react';
import { hasLink, type LinkProblem, openLink } from '~/links/link.ts';
import type { MachineId, SpecEvent } from '~/machines/index.ts';

export interface LoadedLink {
  readonly events: readonly SpecEvent[];
  readonly cursor: number;
  readonly input: Readonly<Record<string, unknown>>;
}

export function useLinkSync(options: {
  /** The machines whose links this island opens (compare mode opens either edition's). */
  readonly machines: readonly MachineId[];
  /** The current step's link (`?link=…`). */
  readonly link: string;
  /** False until the reader has taken a step: a page opened at a scenario keeps its address. */
  readonly touched: boolean;
  readonly syncUrl: boolean;
  readonly onLoad: (loaded: LoadedLink) => void;
}) {
  const { machines, link, touched, syncUrl, onLoad } = options;
  const [problem, setProblem] = useState<LinkProblem | null>(null);

  // biome-ignore lint/correctness/useExhaustiveDependencies: read the address once, when the island starts
  useEffect(() => {
    const search = window.location.search;
    if (!hasLink(search)) return;
    const opened = openLink(search);
    if (opened.link && !machines.includes(opened.link.machine)) return;
    if (opened.link) onLoad({ events: opened.link.events, cursor: opened.link.at, input: opened.link.input });
    setProblem(opened.problem);
  }, []);

  useEffect(() => {
    if (performance.getEntriesByName('playground:step', 'mark').length > 0) {
      performance.measure('playground:update', 'playground:step');
      performance.clearMarks('playground:step');
    }
    if (!touched || !syncUrl) return;
    // replaceState costs Chromium about a frame: update the address bar once the step is painted
    // (a task queued from the next animation frame runs after that frame).
    let task = 0;
    const frame = requestAnimationFrame(() => {
      task = window.setTimeout(() => window.history.replaceState(null, '', link));
    });
    return () => {
      cancelAnimationFrame(frame);
      clearTimeout(task);
    };
  }, [link, touched, syncUrl]);

  return { problem, setProblem };
}

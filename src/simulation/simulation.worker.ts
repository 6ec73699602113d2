/**
 * Runs simulations off the main thread, so moving a control never blocks the page. Reports progress
 * as it goes; the page ends a run that a newer request replaced by terminating this worker.
 */
import { simulate } from './simulate.ts';

export type WorkerMessage =
  | { readonly id: number; readonly progress: number }
  | { readonly id: number; readonly result: ReturnType<typeof simulate> };

const post = (message: WorkerMessage) => (self as unknown as Worker).postMessage(message);

self.onmessage = (message: MessageEvent<{ id: number; inputs: unknown }>) => {
  const { id, inputs } = message.data;
  const result = simulate(inputs, { onProgress: (progress) => post({ id, progress }) });
  post({ id, result });
};

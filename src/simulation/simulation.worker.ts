/** Runs simulations off the main thread, so moving a control never blocks the page. */
import { simulate } from './simulate.ts';

self.onmessage = (message: MessageEvent<{ id: number; inputs: Record<string, unknown> }>) => {
  const { id, inputs } = message.data;
  const result = simulate(inputs);
  (self as unknown as Worker).postMessage({ id, result });
};

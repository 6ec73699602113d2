/**
 * False in the server-rendered HTML, true once React runs the island in the browser. Island roots
 * show it as `data-ready`, the public signal that their buttons now respond (tests wait for it).
 */
import { useSyncExternalStore } from 'react';

const noSubscription = () => () => {};

export function useHydrated(): boolean {
  return useSyncExternalStore(
    noSubscription,
    () => true,
    () => false,
  );
}

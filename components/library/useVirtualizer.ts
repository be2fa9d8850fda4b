import { elementScroll, observeElementOffset, observeElementRect, Virtualizer, type PartialKeys, type VirtualizerOptions } from '@tanstack/virtual-core';
import { useLayoutEffect, useReducer, useState } from 'preact/hooks';

type Options = PartialKeys<VirtualizerOptions<HTMLElement, HTMLElement>, 'observeElementRect' | 'observeElementOffset' | 'scrollToFn'>;

/** TanStack Virtual's core bound to Preact, as its React adapter does it: one virtualizer per component, re-render on change. */
export function useVirtualizer(options: Options): Virtualizer<HTMLElement, HTMLElement> {
  const rerender = useReducer((n: number) => n + 1, 0)[1];
  const resolved: VirtualizerOptions<HTMLElement, HTMLElement> = {
    observeElementRect,
    observeElementOffset,
    scrollToFn: elementScroll,
    ...options,
    onChange: (instance, sync) => {
      // Scrolling re-renders at once; other changes may wait for the next frame.
      if (sync) rerender(undefined as never);
      else requestAnimationFrame(() => rerender(undefined as never));
      options.onChange?.(instance, sync);
    },
  };
  const [instance] = useState(() => new Virtualizer<HTMLElement, HTMLElement>(resolved));
  instance.setOptions(resolved);
  useLayoutEffect(() => instance._didMount(), []);
  useLayoutEffect(() => instance._willUpdate());
  return instance;
}

// @vitest-environment happy-dom
import { render } from 'preact';
import { act } from 'preact/test-utils';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { Figure } from '../../components/insights/Figure';

function chart(label: string): SVGSVGElement {
  const svg = document.createElementNS('http://www.w3.org/2000/svg', 'svg');
  svg.setAttribute('data-chart', label);
  return svg;
}

function figure(draw: () => SVGSVGElement) {
  return <Figure id="matrix" title="Who speaks of whom" summary="rows × columns" draw={draw} csv={() => ''} fileName="f" table={<table data-testid="matrix-table" />} />;
}

afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
  vi.useRealTimers();
});

describe('insights figure', () => {
  it('a chart drawing still pending when the reader switches to the table never replaces the table', async () => {
    vi.useFakeTimers();
    act(() => render(figure(() => chart('first')), document.body));
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    expect(document.querySelector('[data-chart="first"]')).not.toBeNull();

    // New figures arrive (the worker answered), so a fresh drawing is scheduled...
    act(() => render(figure(() => chart('second')), document.body));
    // ...and the reader switches to the table before it has run. The switch renders at once; the
    // effects that would cancel the drawing wait for the next frame, so the drawing's timer comes first.
    const toggle = document.querySelector('[data-testid="matrix-toggle"]') as HTMLButtonElement;
    toggle.click();
    await Promise.resolve();
    await vi.runAllTimersAsync();

    expect(toggle.getAttribute('aria-pressed')).toBe('true');
    expect(document.querySelector('[data-testid="matrix-table"]')).not.toBeNull();
    expect(document.querySelector('[data-chart]')).toBeNull();

    // And back: the chart is drawn again, and the table is gone.
    act(() => toggle.click());
    await act(async () => {
      await vi.runAllTimersAsync();
    });
    expect(document.querySelector('[data-chart="second"]')).not.toBeNull();
    expect(document.querySelector('[data-testid="matrix-table"]')).toBeNull();
  });
});

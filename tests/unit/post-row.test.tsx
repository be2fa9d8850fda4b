// @vitest-environment happy-dom
// A recorded post in the popup's list says, as its badge did, when the model was unsure of its tone.
import { render } from 'preact';
import { afterEach, describe, expect, it } from 'vitest';
import { PostRow } from '../../components/shared/PostRow';
import { syntheticPost } from '../../scripts/bench/synthetic-posts';
import { confidencePercent } from '../../utils/core/tones';

afterEach(() => {
  render(null, document.body);
  document.body.innerHTML = '';
});

const chip = () => document.querySelector('.tone-chip') as HTMLElement;

describe('a post row', () => {
  const post = { ...syntheticPost(1), tone: 'cooperative' as const };

  it("marks a tone the model gave less than the threshold with '?', and says its figure", () => {
    render(<PostRow post={{ ...post, toneConfidence: 0.41 }} />, document.body);
    expect(chip().textContent).toMatch(/Cooperative\?$/);
    expect(chip().title).toContain('uncertain: the model gave it 41%');
  });

  it('shows a sure tone, or one without a figure, plainly', () => {
    expect(confidencePercent(1)).toBe('over 99%');
    expect(confidencePercent(0.994)).toBe('99%');
    for (const toneConfidence of [0.93, undefined]) {
      render(<PostRow post={{ ...post, toneConfidence }} />, document.body);
      expect(chip().textContent).toMatch(/Cooperative$/);
      expect(chip().title).not.toContain('uncertain');
    }
  });
});

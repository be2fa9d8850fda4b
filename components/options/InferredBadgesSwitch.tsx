import { useEffect, useState } from 'preact/hooks';
import { stored } from '../../utils/protocol';

/**
 * Whether accounts found official by inference alone get a dashed "likely" badge. The figures are the
 * blind account sets' (docs/identification.md, "Badges for inferred accounts"), so a reader knows what
 * each choice costs.
 */
export function InferredBadgesSwitch() {
  const [on, setOn] = useState<boolean | null>(null);
  const [status, setStatus] = useState('');
  useEffect(() => {
    stored.inferredBadges.getValue().then(setOn, (e: Error) => setStatus(e.message));
    return stored.inferredBadges.watch(setOn);
  }, []);
  if (on === null) return status ? <p role="alert">{status}</p> : null;
  const change = (next: boolean) => {
    setOn(next);
    stored.inferredBadges.setValue(next).then(
      () => setStatus(next ? 'Inferred accounts are badged again in every open tab.' : 'Only vouched-for accounts are badged now, in every open tab.'),
      (e: Error) => {
        setOn(!next);
        setStatus(`Not saved: ${e.message}`);
      },
    );
  };
  return (
    <fieldset>
      <legend>Accounts no list names</legend>
      <label class="inline">
        <input type="checkbox" data-testid="inferred-badges" checked={on} onChange={(e) => change(e.currentTarget.checked)} /> Badge accounts
        recognised by inference (dashed “likely” badges)
      </label>
      <p class="muted">
        Inference reads an account’s name, bio and handle when no dated public list names it and no government domain is proven. On blind tests
        the lists found three real offices in four and inference one in six more, but one in ten to one in five of inference’s badges was
        wrong: an impostor of an office no list names can write the same bio. Off, only listed accounts, proven government domains, your own
        list and your corrections are badged and recorded.
      </p>
      <p role="status" class="muted" data-testid="inferred-badges-status">
        {status}
      </p>
    </fieldset>
  );
}

import { TONES } from '../../utils/core/tones';
import type { ToneOrUnknown } from '../../utils/core/model';

/** A tone as colour and symbol (never colour alone), automatic or coded. */
export function ToneChip({ tone, coded = false }: { tone: ToneOrUnknown; coded?: boolean }) {
  const t = TONES[tone];
  return (
    <span class={coded ? 'tone-chip coded' : 'tone-chip'} style={coded ? { '--tone': t.color } : { background: t.color }} title={`${coded ? 'Coded' : 'Automatic'}: ${t.description}`}>
      <span aria-hidden="true">{t.symbol}</span> {coded ? `coded ${t.label.toLowerCase()}` : t.label}
    </span>
  );
}

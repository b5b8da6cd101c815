import { useEffect, useRef } from 'react';
import { useActiveTooltipLabel } from 'recharts';

/**
 * Inside a chart: Enter on the focused chart selects what the keyboard cursor (the arrow keys'
 * tooltip) is on, as a click on its marks would.
 */
export function KeyboardSelect({ onEnter }: { onEnter: (label: string | number) => void }) {
  const label = useActiveTooltipLabel();
  const anchor = useRef<SVGGElement>(null);
  const latest = useRef<string | number | undefined>(undefined);
  useEffect(() => {
    latest.current = typeof label === 'string' || typeof label === 'number' ? label : undefined;
  }, [label]);
  useEffect(() => {
    const surface = anchor.current?.ownerSVGElement;
    if (!surface) return;
    const onKey = (event: KeyboardEvent) => {
      if (event.key === 'Enter' && latest.current !== undefined) onEnter(latest.current);
    };
    surface.addEventListener('keydown', onKey);
    return () => surface.removeEventListener('keydown', onKey);
  }, [onEnter]);
  return <g ref={anchor} />;
}

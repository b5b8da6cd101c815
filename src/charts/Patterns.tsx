import type { Actor } from '../data/ids';
import { actorColor } from './palette';

/**
 * SVG patterns for the non-colour encoding: dots for renewals, diagonal hatching for easing and
 * lifting. Ids are `<prefix>-<direction>-<actor>`, as `directionFill` names them.
 */
export function DirectionPatterns({
  prefix,
  actors,
  dark,
}: {
  prefix: string;
  actors: readonly Actor[];
  dark: boolean;
}) {
  return (
    <defs>
      {actors.map((actor) => {
        const color = actorColor(actor, dark);
        return (
          <g key={actor}>
            <pattern id={`${prefix}-maintain-${actor}`} width="6" height="6" patternUnits="userSpaceOnUse">
              <rect width="6" height="6" fill={color} fillOpacity="0.25" />
              <circle cx="3" cy="3" r="1.4" fill={color} />
            </pattern>
            <pattern
              id={`${prefix}-loosen-${actor}`}
              width="6"
              height="6"
              patternUnits="userSpaceOnUse"
              patternTransform="rotate(45)"
            >
              <rect width="6" height="6" fill={color} fillOpacity="0.2" />
              <rect width="2.5" height="6" fill={color} />
            </pattern>
          </g>
        );
      })}
    </defs>
  );
}

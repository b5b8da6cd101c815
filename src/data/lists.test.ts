import { describe, expect, it } from 'vitest';
import { stockHistory, stockOn } from '../selectors/inForce';
import { dataset } from './dataset';
import { datasetSchema } from './schema';

const data = datasetSchema.parse(dataset);
const checkpoints = data.checkpoints ?? [];

describe('the official lists’ counts (src/data/lists.ts, written by scripts/lists.ts)', () => {
  it('gives each actor’s in-force figure on each dated copy exactly as the list counts it', () => {
    for (const count of checkpoints) {
      const stock = stockOn(stockHistory(data.events, count.actor, checkpoints), count.date);
      expect([count.actor, count.date, stock?.persons, stock?.entities, stock?.basis]).toEqual([
        count.actor,
        count.date,
        count.persons,
        count.entities,
        'list',
      ]);
    }
  });

  it('holds the SDN’s Belarus entries from August 2021 to May 2024, each copy cited by its commit', () => {
    const us = checkpoints.filter((c) => c.actor === 'us');
    expect(us.at(0)?.date).toBe('2021-08-18');
    expect(us.at(-1)?.date).toBe('2024-05-03');
    // 128 individuals, 99 entities and 5 aircraft carried a Belarus program tag at the last copy.
    expect(us.at(-1)).toMatchObject({ persons: 128, entities: 99, other: 5 });
    for (const count of checkpoints) {
      expect(count.sources[0]?.kind).toBe('official');
      expect(count.sources[1]?.url).toMatch(/^https:\/\/github\.com\/[^/]+\/[^/]+\/blob\/[0-9a-f]{40}\//);
    }
  });
});

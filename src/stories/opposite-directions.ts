import type { StoryInput } from './schema';

/**
 * The default story: Washington and Brussels on Belarus, from the first measures to the opposite
 * directions of 2025–2026. Every number the audience sees is computed from the dataset by the
 * step's chart; the text says what to look at, in each language (src/i18n/messages/<locale>/story.json).
 */
export const oppositeDirections = {
  title: 'story.oppositeDirections.title',
  steps: [
    {
      chart: 'actions',
      view: 'from=2004-01-01&to=2007-12-31',
      headline: 'story.oppositeDirections.steps.firstMeasures.headline',
      highlight: ['eu-2004-09-24-cp-2004-661', 'us-2006-06-16-eo-13405'],
      notes: 'story.oppositeDirections.steps.firstMeasures.notes',
    },
    {
      chart: 'actions',
      view: 'from=2007-01-01&to=2009-12-31',
      headline: 'story.oppositeDirections.steps.firstEasing.headline',
      highlight: ['us-2008-09-05-gl-lakokraska-polotsk', 'eu-2008-11-10-cp-2008-844'],
      notes: 'story.oppositeDirections.steps.firstEasing.notes',
    },
    {
      chart: 'in-force',
      view: 'from=2010-01-01&to=2017-12-31',
      headline: 'story.oppositeDirections.steps.prisonerReleases.headline',
      highlight: [
        'eu-2015-10-29-decision-2015-1957',
        'eu-2016-02-25-decision-2016-280',
        'us-2015-10-29-gl-2',
      ],
      notes: 'story.oppositeDirections.steps.prisonerReleases.notes',
    },
    {
      chart: 'actions',
      view: 'from=2020-01-01&to=2021-12-31&period=quarter',
      headline: 'story.oppositeDirections.steps.election.headline',
      highlight: ['eu-2020-10-02-listings-40', 'us-2020-10-02-designations'],
      notes: 'story.oppositeDirections.steps.election.notes',
    },
    {
      chart: 'in-force',
      view: 'from=2020-01-01&to=2022-12-31',
      headline: 'story.oppositeDirections.steps.ryanair.headline',
      highlight: ['eu-2021-06-04-airspace-ban', 'eu-2021-06-24-sectoral', 'us-2021-08-09-eo-14038'],
      notes: 'story.oppositeDirections.steps.ryanair.notes',
    },
    {
      chart: 'measures',
      view: 'from=2022-01-01&to=2024-12-31&period=quarter',
      headline: 'story.oppositeDirections.steps.invasion.headline',
      highlight: ['eu-2022-03-02-trade', 'us-2022-03-02-bis-belarus-rule'],
      notes: 'story.oppositeDirections.steps.invasion.notes',
    },
    {
      chart: 'timeline',
      view: 'from=2025-01-01',
      headline: 'story.oppositeDirections.steps.washingtonEases.headline',
      highlight: ['us-2025-09-11-gl-11', 'us-2025-11-04-belavia-delisting', 'eu-2025-10-23-package'],
      notes: 'story.oppositeDirections.steps.washingtonEases.notes',
    },
    {
      chart: 'net',
      view: 'from=2020-01-01',
      headline: 'story.oppositeDirections.steps.oppositeDirections.headline',
      highlight: [],
      notes: 'story.oppositeDirections.steps.oppositeDirections.notes',
    },
  ],
} satisfies StoryInput;

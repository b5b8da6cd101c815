import type { StoryStepInput } from './schema';

/**
 * The default story: Washington and Brussels on Belarus, from the first measures to the opposite
 * directions of 2025–2026. Every number the audience sees is computed from the dataset by the
 * step's chart; the text here says what to look at.
 */
export const oppositeDirections = {
  title: 'Washington and Brussels on Belarus: opposite directions',
  steps: [
    {
      chart: 'actions',
      view: 'from=2004-01-01&to=2007-12-31',
      headline: '2004–2006: the first measures',
      highlight: ['eu-2004-09-24-cp-2004-661', 'us-2006-06-16-eo-13405'],
      notes:
        'The EU starts with travel bans on officials over the disappearances of opposition figures; after the 2006 election both add asset freezes. Executive Order 13405 is the basis of US sanctions to this day.',
    },
    {
      chart: 'actions',
      view: 'from=2007-01-01&to=2009-12-31',
      headline: '2008: the first easing',
      highlight: ['us-2008-09-05-gl-lakokraska-polotsk', 'eu-2008-11-10-cp-2008-844'],
      notes:
        'Political prisoners are released in 2008. The US licenses dealings with Belneftekhim subsidiaries; the EU suspends its travel bans on most officials. Easing is drawn below the line.',
    },
    {
      chart: 'in-force',
      view: 'from=2010-01-01&to=2017-12-31',
      headline: '2015–16: lifted after prisoner releases',
      highlight: [
        'eu-2015-10-29-decision-2015-1957',
        'eu-2016-02-25-decision-2016-280',
        'us-2015-10-29-gl-2',
      ],
      notes:
        'After political prisoners are released in August 2015, the EU suspends and then lifts the listings of most persons and entities; the US suspends its sanctions on a group of Belarusian companies.',
    },
    {
      chart: 'actions',
      view: 'from=2020-01-01&to=2021-12-31&period=quarter',
      headline: '2020: the election and the crackdown',
      highlight: ['eu-2020-10-02-listings-40', 'us-2020-10-02-designations'],
      notes:
        'The August 2020 presidential election and the violence against protesters bring both back to listing officials, on the same day in October.',
    },
    {
      chart: 'in-force',
      view: 'from=2020-01-01&to=2022-12-31',
      headline: '2021: after the Ryanair diversion',
      highlight: ['eu-2021-06-04-airspace-ban', 'eu-2021-06-24-sectoral', 'us-2021-08-09-eo-14038'],
      notes:
        'The forced landing of a Ryanair flight in Minsk in May 2021 leads to an EU airspace ban and the first sectoral measures (potash, oil, finance); Executive Order 14038 widens US designations.',
    },
    {
      chart: 'measures',
      view: 'from=2022-01-01&to=2024-12-31&period=quarter',
      headline: '2022: the invasion of Ukraine',
      highlight: ['eu-2022-03-02-trade', 'us-2022-03-02-bis-belarus-rule'],
      notes:
        'Belarus is a launch pad for the invasion. Trade and finance measures join the listings: export controls, bans on goods and on banks.',
    },
    {
      chart: 'timeline',
      view: 'from=2025-01-01',
      headline: '2025–2026: Washington eases, Brussels tightens',
      highlight: ['us-2025-09-11-gl-11', 'us-2025-11-04-belavia-delisting', 'eu-2025-10-23-package'],
      notes:
        'In exchange for prisoner releases the US licenses and then delists Belavia, and announces relief for potash and banks, while the EU keeps adding measures and listing criteria.',
    },
    {
      chart: 'net',
      view: 'from=2020-01-01',
      headline: 'Opposite directions',
      highlight: [],
      notes:
        'Tightening minus easing per year: for most of the period Washington and Brussels move together; since 2025 they move apart.',
    },
  ],
} satisfies { title: string; steps: StoryStepInput[] };

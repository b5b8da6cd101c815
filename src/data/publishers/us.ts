import type { Publisher } from '../publishers';

/**
 * Publishers cited by the US records and not listed in `common.ts`. Some hosts the US records cite
 * are registered by other groups (Interfax, Viasna, Willkie Farr & Gallagher, Baker McKenzie, UNN,
 * UPI): the US records use those publishers' names.
 */
export const usPublishers: Publisher[] = [
  // Official
  { name: 'U.S. House of Representatives', hosts: ['house.gov'], class: 'official' },
  // Law firms and legal publishers (kind 'analysis')
  { name: 'Steptoe & Johnson', hosts: ['steptoeinternationalcomplianceblog.com'], class: 'law-firm' },
  { name: 'Thompson Hine', hosts: ['thompsonhinesmartrade.com'], class: 'law-firm' },
  { name: 'Cleary Gottlieb', hosts: ['clearytradewatch.com'], class: 'law-firm' },
  { name: 'Crowell & Moring', hosts: ['cmtradelaw.com'], class: 'law-firm' },
  { name: 'The National Law Review', hosts: ['natlawreview.com'], class: 'law-firm' },
  { name: 'Joiner Law Firm', hosts: ['joinertradelaw.com'], class: 'law-firm' },
  { name: 'Reed Smith', hosts: ['reedsmith.com'], class: 'law-firm' },
  { name: 'Miller & Chevalier', hosts: ['globaltradeandsanctionslaw.com'], class: 'law-firm' },
  { name: 'Seward & Kissel', hosts: ['sewkis.com'], class: 'law-firm' },
  { name: 'Buckley LLP', hosts: ['buckleyfirm.com'], class: 'law-firm' },
  { name: 'Locke Lord', hosts: ['lockelord.com'], class: 'law-firm' },
  { name: 'Kelley Drye & Warren', hosts: ['kelleydrye.com'], class: 'law-firm' },
  { name: 'Wiggin and Dana', hosts: ['wiggin.com'], class: 'law-firm' },
  { name: 'Trade and Sanctions Law (blog)', hosts: ['tradeandsanctionslaw.com'], class: 'law-firm' },
  // Outlets (kind 'reporting')
  {
    name: 'Warren Communications News (Trade Law Daily, Export Compliance Daily)',
    hosts: ['tradelawdaily.com', 'exportcompliancedaily.com'],
    class: 'outlet',
  },
  { name: 'The Export Practitioner (ExportPrac)', hosts: ['exportprac.com'], class: 'outlet' },
  { name: 'Voice of America Editorials', hosts: ['editorials.voa.gov'], class: 'outlet' },
  { name: 'Kommersant', hosts: ['kommersant.ru'], class: 'outlet' },
  { name: 'Axios', hosts: ['axios.com'], class: 'outlet' },
  { name: 'The Washington Times', hosts: ['washtimes.com'], class: 'outlet' },
  { name: 'UDF.BY', hosts: ['udf.by'], class: 'outlet' },
  { name: 'Belarus Feed', hosts: ['belarusfeed.com'], class: 'outlet' },
  { name: 'UAWire', hosts: ['uawire.org'], class: 'outlet' },
  { name: 'Republic World', hosts: ['republicworld.com'], class: 'outlet' },
  { name: 'Euromaidan Press', hosts: ['euromaidanpress.com'], class: 'outlet' },
  { name: 'RBC-Ukraine', hosts: ['rbc.ua'], class: 'outlet' },
  { name: 'UNIAN', hosts: ['unian.info'], class: 'outlet' },
  { name: 'Springfield News-Sun (Associated Press)', hosts: ['springfieldnewssun.com'], class: 'outlet' },
  { name: 'RTVI', hosts: ['rtvi.com'], class: 'outlet' },
  { name: 'Radio Svoboda (RFE/RL Russian Service)', hosts: ['svoboda.org'], class: 'outlet' },
  { name: 'Pozirk', hosts: ['pozirk.online'], class: 'outlet' },
  // Research and advocacy organisations (kind 'analysis')
  { name: 'Promote Ukraine', hosts: ['promoteukraine.org'], class: 'research' },
];

import type { Publisher } from '../publishers';

/** Publishers cited by the UK and Canadian records and not listed in `common.ts`. */
export const ukcaPublishers: Publisher[] = [
  /** Hansard and the statutory-instruments tracker of the UK Parliament. */
  { name: 'UK Parliament', hosts: ['parliament.uk'], class: 'official' },
  /** Judgments of the courts of England and Wales, published by The National Archives. */
  {
    name: 'The National Archives (Find Case Law)',
    hosts: ['caselaw.nationalarchives.gov.uk'],
    class: 'official',
  },
  /** Belsat's editorial server, where some of its English-language stories are published. */
  { name: 'Belsat (belsat.cloud)', hosts: ['belsat.cloud'], class: 'outlet' },
  { name: 'The Independent', hosts: ['independent.co.uk', 'the-independent.com'], class: 'outlet' },
  { name: 'Irish Independent', hosts: ['independent.ie'], class: 'outlet' },
  { name: 'Irish Examiner', hosts: ['irishexaminer.com'], class: 'outlet' },
  { name: 'The National (Abu Dhabi)', hosts: ['thenationalnews.com'], class: 'outlet' },
  { name: 'Business Recorder', hosts: ['brecorder.com'], class: 'outlet' },
  { name: 'The Frontier Post', hosts: ['thefrontierpost.com'], class: 'outlet' },
  { name: 'Ukrainian National News (UNN)', hosts: ['unn.ua'], class: 'outlet' },
  { name: 'National Post', hosts: ['nationalpost.com'], class: 'outlet' },
  { name: 'Financial Post', hosts: ['financialpost.com'], class: 'outlet' },
  { name: 'Global News', hosts: ['globalnews.ca'], class: 'outlet' },
  { name: 'CBC News', hosts: ['cbc.ca'], class: 'outlet' },
  { name: 'The Globe and Mail', hosts: ['theglobeandmail.com'], class: 'outlet' },
  { name: 'iPolitics', hosts: ['ipolitics.ca'], class: 'outlet' },
  /** A legal and trade publisher on export controls and sanctions. */
  { name: 'WorldECR', hosts: ['worldecr.com'], class: 'law-firm' },
  { name: 'Baker McKenzie', hosts: ['bakermckenzie.com'], class: 'law-firm' },
  { name: 'Peters & Peters', hosts: ['petersandpeters.com'], class: 'law-firm' },
  /** A barristers' chambers; its news items report its members' cases. */
  { name: 'Brick Court Chambers', hosts: ['brickcourt.co.uk'], class: 'law-firm' },
  { name: 'McCarthy Tétrault', hosts: ['mccarthy.ca'], class: 'law-firm' },
];
